package com.cloudsub.web.catalog;

import com.cloudsub.application.catalog.ListCatalog;
import com.cloudsub.application.catalog.QuoteCommand;
import com.cloudsub.application.catalog.QuotePrice;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.Product;
import com.cloudsub.domain.catalog.Region;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.web.shared.Months;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "catalog", description = "Products, editions, regions and price previews")
class QuoteController {

    /** Larger quantities than this in one usage entry are refused as absurd. */
    static final BigDecimal MAX_QUANTITY = new BigDecimal("1e15");

    private final QuotePrice quotePrice;
    private final ListCatalog listCatalog;

    QuoteController(QuotePrice quotePrice, ListCatalog listCatalog) {
        this.quotePrice = quotePrice;
        this.listCatalog = listCatalog;
    }

    @PostMapping("/quotes")
    @Operation(summary = "Price preview of a purchase or a month of usage, itemised, with the price-book version used")
    QuoteResponse quote(@Valid @RequestBody QuoteRequest request) {
        QuoteCommand command = new QuoteCommand(request.product(), request.edition(), request.region(), request.months(),
                request.quantity(), request.addOns(), usage(request.usage()), Months.parse(request.month(), null), request.at());
        return QuoteResponse.of(quotePrice.quote(command));
    }

    @GetMapping("/catalog/products")
    @Operation(summary = "The products on sale")
    List<Product> products() {
        return listCatalog.products();
    }

    @GetMapping("/catalog/products/{product}/editions")
    @Operation(summary = "A product's editions, their add-ons and meters")
    List<Edition> editions(@PathVariable String product) {
        return listCatalog.editions(product);
    }

    @GetMapping("/catalog/regions")
    @Operation(summary = "The regions")
    List<Region> regions() {
        return listCatalog.regions();
    }

    private static Map<String, QuoteCommand.Amount> usage(List<QuoteRequest.Usage> entries) {
        Map<String, QuoteCommand.Amount> usage = new LinkedHashMap<>();
        if (entries == null) {
            return usage;
        }
        for (int i = 0; i < entries.size(); i++) {
            QuoteRequest.Usage entry = entries.get(i);
            String field = "usage[" + i + "]";
            if (entry.quantity().signum() < 0 || entry.quantity().compareTo(MAX_QUANTITY) > 0) {
                throw DomainException.invalid(field + ".quantity", "a quantity is 0 to 10^15, not " + entry.quantity());
            }
            Unit unit;
            try {
                unit = entry.unit() == null ? null : Unit.valueOf(entry.unit());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(field + ".unit", "unknown unit '" + entry.unit() + "'");
            }
            if (usage.put(entry.meter(), new QuoteCommand.Amount(entry.quantity(), unit)) != null) {
                throw DomainException.invalid(field + ".meter", "meter '" + entry.meter() + "' is given twice");
            }
        }
        return usage;
    }
}
