package com.cloudsub.web.billing;

import com.cloudsub.domain.billing.Bill;
import com.cloudsub.domain.billing.BillLine;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A bill as RFC 4180 CSV: one row per line, with the bill's identity on each row and its total as the last row. */
final class BillCsv {

    static final List<String> HEADER = List.of("bill_id", "product", "cadence", "period_start", "period_end", "meter", "region", "resource",
            "quantity", "unit", "free_tier", "from_packs", "payg", "price_version", "rule", "amount", "explanation");

    private BillCsv() {
    }

    static String of(Bill bill) {
        StringBuilder csv = new StringBuilder(row(HEADER));
        for (BillLine l : bill.lines()) {
            csv.append(row(List.of(bill.id(), bill.product(), bill.cadence().name(), bill.periodStart().toString(), bill.periodEnd().toString(),
                    l.meter(), l.region(), l.resource() == null ? "" : l.resource(), l.quantity().amount().toPlainString(),
                    l.quantity().unit().name(), l.freeTier().amount().toPlainString(), l.fromPacks().amount().toPlainString(),
                    l.payg().amount().toPlainString(), l.priceVersion(), l.rule(), l.amount().amount().toPlainString(), l.explanation())));
        }
        csv.append(row(Stream.concat(Stream.of(bill.id(), bill.product(), bill.cadence().name(), bill.periodStart().toString(),
                bill.periodEnd().toString(), "total"), Stream.concat(Stream.generate(() -> "").limit(9),
                Stream.of(bill.total().amount().toPlainString(), ""))).toList()));
        return csv.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(BillCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
