/**
 * The enterprise portal (企业服务门户), {@code /portal/}: the enterprise's own pages, phone first, for raising and following
 * its requests, supplying material, rating replies, reading its messages and the policies delivered to it (asking
 * about one) and reporting its projects' problems.
 */
package org.steward.portal;
