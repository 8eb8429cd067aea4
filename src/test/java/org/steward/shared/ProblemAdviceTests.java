package org.steward.shared;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lost races inside the engine answer 409 problem+json on {@code /api}, in English and Chinese, never 500. */
class ProblemAdviceTests {

  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Racing())
      .setControllerAdvice(new ProblemAdvice(TestProblems.reading("messages-security"))).build();

  @Test
  void concurrentChangeOfTheSameCase_answers409() throws Exception {
    mvc.perform(post("/api/test/concurrent-change")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:concurrent-change"))
        .andExpect(jsonPath("$.titleZh").value("已被他人修改"));
  }

  @Test
  void taskCompletedMeanwhile_answers409() throws Exception {
    mvc.perform(post("/api/test/task-not-open")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:task-not-open"))
        .andExpect(jsonPath("$.titleZh").value("任务已不在待办中"));
  }

  @RestController
  static class Racing {

    @PostMapping("/api/test/concurrent-change")
    void concurrentChange() {
      throw new OptimisticLockingException("updated by another transaction concurrently");
    }

    @PostMapping("/api/test/task-not-open")
    void taskNotOpen() {
      throw new TaskNoLongerOpen("42");
    }
  }
}
