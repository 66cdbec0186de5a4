package com.cloudsub.application.catalog;

import com.cloudsub.domain.catalog.Catalog;

/** Where the catalogue and its price book are kept. */
public interface Catalogs {

    /** The whole catalogue with every price-book version. */
    Catalog current();
}
