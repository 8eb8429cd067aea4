package org.steward.attachment;

/** Which step of a case added the file. */
public enum AttachmentSource {
  /** The enterprise, with its request (提交诉求). */
  SUBMISSION,
  /** The enterprise, answering the officer's call for more material (补充材料). */
  MATERIAL,
  /** Staff working on the case: its officer, a department, the joint-meeting office (办理材料). */
  STAFF
}
