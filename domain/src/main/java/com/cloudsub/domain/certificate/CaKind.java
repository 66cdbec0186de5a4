package com.cloudsub.domain.certificate;

/** A root CA is the top of a private hierarchy; a subordinate CA is signed by a parent CA. */
public enum CaKind { ROOT, SUBORDINATE }
