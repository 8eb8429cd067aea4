/**
 * The enterprise portal (企业服务门户), {@code /portal/}: the enterprise's own pages, phone first, for raising and following
 * its requests, supplying material, rating replies, reading its messages and the policies delivered to it (asking
 * about one), reporting its projects' problems and following its officer's visits (走访记录).
 */
package org.steward.portal;
