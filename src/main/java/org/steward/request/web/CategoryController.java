package org.steward.request.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.directory.StewardGroups;
import org.steward.request.Categories;
import org.steward.request.Category;

/**
 * {@code GET /api/requests/categories}: the request categories, for anyone logged in;
 * {@code POST /api/requests/categories} {@code {"code", "label"}}: an administrator adds one (201).
 */
@RestController
@RequestMapping("/api/requests/categories")
@RequiredArgsConstructor
class CategoryController {

  private final Categories categories;

  /** A new category as posted. */
  record NewCategory(String code, String label) {
  }

  @GetMapping
  @PreAuthorize("isAuthenticated()")
  List<Category> categories() {
    return categories.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasRole('" + StewardGroups.ADMIN + "')")
  Category add(@RequestBody NewCategory body, Authentication caller) {
    return categories.add(body.code(), body.label(), caller.getName());
  }
}
