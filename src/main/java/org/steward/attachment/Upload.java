package org.steward.attachment;

import java.util.List;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it arrives: the name the sender gave it, its size in bytes and its content, which may be read more than
 * once (a multipart part, kept by the servlet container on disk).
 */
public record Upload(String fileName, long size, InputStreamSource content) {

  /** The files of a multipart form; a file input left empty (no name, no bytes) is no file. */
  public static List<Upload> of(List<MultipartFile> parts) {
    if (parts == null) {
      return List.of();
    }
    return parts.stream()
        .filter(p -> !p.isEmpty() || (p.getOriginalFilename() != null && !p.getOriginalFilename().isEmpty()))
        .map(p -> new Upload(p.getOriginalFilename(), p.getSize(), p))
        .toList();
  }
}
