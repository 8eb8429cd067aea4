package org.steward.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of attachments ({@code steward.attachments.*}): the size of one file and the number of files one step may add.
 * Spring's multipart limits (application.yaml) sit a little above, so that Steward's own check names the file.
 */
@ConfigurationProperties("steward.attachments")
public record AttachmentProperties(DataSize maxFileSize, Integer maxFiles) {

  public AttachmentProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    maxFiles = maxFiles == null ? 10 : maxFiles;
  }
}
