package org.steward.security.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;
import org.steward.shared.InvalidInput;
import org.steward.shared.TextRules;
import org.steward.shared.Violations;

/**
 * Every text variable the engine stores keeps the text rule, whoever writes it and through whichever door (a task
 * completion, a variable write or a start over engine-rest, a message, Steward's own code): at most 4,000 characters
 * (the engine's text column on PostgreSQL) and no control character but line breaks and tabs (PostgreSQL refuses NUL).
 * A text that breaks it is refused with 400 naming the variable, before anything is written, instead of failing in
 * the database with a 500.
 */
@Component
class TextVariablesPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    serializers.add(new CheckedStringSerializer());
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /**
   * Camunda's string serializer with the rule checked first. It is asked before the built-in one for every value
   * written; values are read back by the built-in one, which has the same name.
   */
  static final class CheckedStringSerializer extends StringValueSerializer {

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      String text = value.getValue();
      if (text != null) {
        if (text.codePointCount(0, text.length()) > Violations.MAX_VARIABLE_TEXT) {
          throw new InvalidInput(fields.getName(), "task.variable.too-long", Violations.MAX_VARIABLE_TEXT);
        }
        if (!TextRules.clean(text)) {
          throw new InvalidInput(fields.getName(), "task.variable.control-character");
        }
      }
      super.writeValue(value, fields);
    }
  }
}
