package com.cloudsub.domain.notice;

/** How a notice reaches a person. */
public enum Channel { EMAIL, SMS, IN_SITE }
