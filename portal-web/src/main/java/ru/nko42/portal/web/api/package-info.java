/**
 * The portal's HTTP API under {@code /api/hsds}: the read-only Open Referral HSDS 3.0 open data (with its downloads)
 * and its import for machine clients, described by the server's MicroProfile OpenAPI document at {@code /openapi}
 * and shown at {@code /api/docs/}.
 */
package ru.nko42.portal.web.api;
