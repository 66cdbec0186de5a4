package com.cloudsub.domain.certificate;

/** How a certificate came into the account: bought here, taken from the free quota (R-SSL-4), or uploaded. */
public enum SslSource { PAID, FREE, UPLOADED }
