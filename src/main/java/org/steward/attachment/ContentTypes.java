package org.steward.attachment;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.core.io.InputStreamSource;

/**
 * The allowed types of an attachment, decided from the file's content and never from its name: Tika's magic numbers
 * tell PDF, PNG, JPEG, a ZIP container and an OLE2 container apart; inside the containers, the entries tell a Word
 * document from an Excel workbook from anything else packed the same way (an archive, a macro-only file, an encrypted
 * package).
 */
final class ContentTypes {

  static final String PDF = "application/pdf";
  static final String PNG = "image/png";
  static final String JPEG = "image/jpeg";
  static final String DOC = "application/msword";
  static final String XLS = "application/vnd.ms-excel";
  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final Set<String> DIRECT = Set.of(PDF, PNG, JPEG);
  private static final Set<String> ZIP = Set.of("application/zip", "application/x-tika-ooxml");
  private static final String OLE2 = "application/x-tika-msoffice";

  private final Detector magic = MimeTypes.getDefaultMimeTypes();

  /** The allowed type of the content, or empty when it is none of them. */
  Optional<String> detect(InputStreamSource content) {
    try {
      String type = magic(content);
      if (DIRECT.contains(type)) {
        return Optional.of(type);
      }
      if (ZIP.contains(type)) {
        return officeOpenXml(content);
      }
      if (OLE2.equals(type)) {
        return compoundDocument(content);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String magic(InputStreamSource content) throws IOException {
    try (InputStream in = new BufferedInputStream(content.getInputStream())) {
      MediaType type = magic.detect(in, new Metadata());
      return type.getBaseType().toString();
    }
  }

  /** A .docx has {@code word/document.xml}, an .xlsx {@code xl/workbook.xml}; both have {@code [Content_Types].xml}. */
  private static Optional<String> officeOpenXml(InputStreamSource content) throws IOException {
    boolean contentTypes = false;
    String found = null;
    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(content.getInputStream()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        switch (entry.getName()) {
          case "[Content_Types].xml" -> contentTypes = true;
          case "word/document.xml" -> found = found == null ? DOCX : found;
          case "xl/workbook.xml" -> found = found == null ? XLSX : found;
          default -> {
            // other parts of the package
          }
        }
        if (contentTypes && found != null) {
          return Optional.of(found);
        }
      }
    } catch (ZipException | EOFException e) {
      // a broken or cut-off package is not an allowed document
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A .doc has a {@code WordDocument} stream, an .xls a {@code Workbook} (or the older {@code Book}). */
  private static Optional<String> compoundDocument(InputStreamSource content) throws IOException {
    // POIFS reads the container into memory: legacy Word and Excel files are small, and the size was checked first
    try (InputStream in = content.getInputStream(); POIFSFileSystem fs = new POIFSFileSystem(in)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("WordDocument")) {
        return Optional.of(DOC);
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return Optional.of(XLS);
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // a broken container is not an allowed document
      return Optional.empty();
    }
  }
}
