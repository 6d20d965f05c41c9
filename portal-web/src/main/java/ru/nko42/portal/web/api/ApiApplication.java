package ru.nko42.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal's HTTP API, under {@code /api}: the HSDS 3.0 open data and its import. */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
