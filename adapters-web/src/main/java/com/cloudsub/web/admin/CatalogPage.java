package com.cloudsub.web.admin;

import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.catalog.SchedulePrice;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.PriceBookVersion;
import com.cloudsub.domain.catalog.Product;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue: products, editions and price-book versions; an operator schedules a new price for the future. */
@Controller
@Hidden // a page, not part of the API document
class CatalogPage {

    private final Catalogs catalogs;
    private final SchedulePrice schedulePrice;
    private final BillingCalendar calendar;

    CatalogPage(Catalogs catalogs, SchedulePrice schedulePrice, BillingCalendar calendar) {
        this.catalogs = catalogs;
        this.schedulePrice = schedulePrice;
        this.calendar = calendar;
    }

    @GetMapping("/admin/catalog")
    String catalog(Model model) {
        Catalog catalog = catalogs.current();
        model.addAttribute("products", catalog.products().stream().sorted(Comparator.comparing(Product::code)).toList());
        model.addAttribute("editions", catalog.editions().stream()
                .sorted(Comparator.comparing(Edition::product).thenComparing(Edition::code)).toList());
        model.addAttribute("versions", catalog.priceBook().versions().stream()
                .sorted(Comparator.comparing(PriceBookVersion::effectiveFrom).reversed()).toList());
        model.addAttribute("zone", calendar.zone());
        return "admin/catalog";
    }

    /** The effective instant is entered as a local date-time in the billing zone (R-GEN-4). */
    @PostMapping("/admin/catalog/prices")
    String schedule(@RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "") String regionClass,
                    @RequestParam(defaultValue = "") String unitPrice, @RequestParam(defaultValue = "") String effectiveFrom,
                    @RequestParam(defaultValue = "") String reason, Principal operator, RedirectAttributes flash) {
        try {
            String version = schedulePrice.schedule(new SchedulePrice.Command(operator.getName(), item.strip(), regionClass.strip(),
                    decimal(unitPrice), instant(effectiveFrom), reason.strip()));
            flash.addFlashAttribute("message", "scheduled " + item + " / " + regionClass + " as version " + version);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/catalog";
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("unitPrice", "'" + text + "' is not a number such as 2499.00");
        }
    }

    private Instant instant(String text) {
        try {
            return LocalDateTime.parse(text.strip()).atZone(calendar.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("effectiveFrom", "'" + text + "' is not a date and time such as 2027-01-01T00:00");
        }
    }
}
