package com.cloudsub.domain.account;

/** A contact's role on an account (R-ACC-4): the creator, or a collaborator with roles. */
public enum ContactRole { CREATOR, GLOBAL_RESOURCE, FINANCE, TECHNICAL }
