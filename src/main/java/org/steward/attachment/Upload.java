package org.steward.attachment;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrives: the name the sender gave it, its size in bytes and its content, which may be read more than
 * once (a multipart part, kept by the servlet container on disk).
 */
public record Upload(String fileName, long size, InputStreamSource content) {
}
