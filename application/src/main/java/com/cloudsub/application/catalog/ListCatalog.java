package com.cloudsub.application.catalog;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.Product;
import com.cloudsub.domain.catalog.Region;
import java.util.Comparator;
import java.util.List;

/** What the console lists before a quote: products, their editions and the regions. */
public class ListCatalog {

    private final Catalogs catalogs;

    public ListCatalog(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    public List<Product> products() {
        return catalogs.current().products().stream().sorted(Comparator.comparing(Product::code)).toList();
    }

    public List<Edition> editions(String product) {
        Catalog catalog = catalogs.current();
        catalog.product(product);
        return catalog.editions().stream().filter(e -> e.product().equals(product))
                .sorted(Comparator.comparing(Edition::code)).toList();
    }

    public List<Region> regions() {
        return catalogs.current().regions().stream().sorted(Comparator.comparing(Region::code)).toList();
    }
}
