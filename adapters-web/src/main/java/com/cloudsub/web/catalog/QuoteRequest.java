package com.cloudsub.web.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A price preview request: a term (prepaid), a quantity (one-time) or a usage profile (pay-as-you-go). */
record QuoteRequest(
        @NotBlank @Schema(example = "kms") String product,
        @NotBlank @Schema(example = "basic") String edition,
        @NotBlank @Schema(example = "ap-guangzhou") String region,
        @Schema(description = "prepaid term: 1-12, 24 or 36", example = "12") Integer months,
        @Schema(description = "one-time purchases: how many", example = "1") Integer quantity,
        @Size(max = 20) @Schema(description = "add-on item → count, e.g. {\"ssm.secret-pack\": 2}") Map<String, Integer> addOns,
        @Valid @Size(max = 20) @Schema(description = "pay-as-you-go: one entry per meter") List<Usage> usage,
        @Schema(description = "billing month of the usage profile, default the current one", example = "2026-11") String month,
        @Schema(description = "price at this instant instead of now") Instant at) {

    record Usage(@NotBlank @Schema(example = "apigw.api-call") String meter,
                 @NotNull @Schema(example = "5000000") BigDecimal quantity,
                 @Schema(description = "unit of the quantity, default the meter's: CALL, BYTE, KILOBYTE, MEGABYTE, GIGABYTE, SECOND, HOUR, UNIT_DAY",
                         example = "CALL") String unit) {
    }
}
