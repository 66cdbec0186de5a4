package com.cloudsub.domain.catalog;

/** What a price item is: an edition's fee, an add-on pack, a usage meter or a resource pack. */
public enum ItemKind { FEE, ADD_ON, METER, PACK }
