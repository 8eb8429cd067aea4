package org.steward.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on {@code @PreAuthorize} checks. Every Camunda group of the caller is a role: {@code hasRole('camunda-admin')},
 * {@code hasRole('supervisors')}, {@code hasRole('enterprises')}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfiguration {
}
