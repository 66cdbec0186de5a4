package com.cloudsub.web.shared;

import com.cloudsub.application.shared.IdempotentRequests;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.shared.DomainException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key} on mutating calls: the first request with a key acts and its response is stored;
 * a repeat with the same key and body answers the stored response without acting again; the same key with
 * another body is refused (422); a repeat while the first is still running answers 409.
 */
@Component
public class IdempotencyGuard {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotentRequests requests;
    private final Transactions transactions;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyGuard(IdempotentRequests requests, Transactions transactions, ObjectMapper json, Clock clock) {
        this.requests = requests;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    public ResponseEntity<?> run(String accountId, String key, Object request, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return action.get();
        }
        if (key.isBlank() || key.length() > 128) {
            throw DomainException.invalid(HEADER, "an Idempotency-Key is 1 to 128 characters");
        }
        String hash = hash(request);
        // The key, the action and the stored response commit together: a failed action leaves no key behind, and
        // a concurrent repeat waits on the key's row until the first commits, then replays its response.
        return transactions.inTransaction(() -> {
            if (!requests.begin(accountId, key, hash, clock.instant())) {
                IdempotentRequests.Stored stored = requests.find(accountId, key)
                        .orElseThrow(() -> DomainException.conflict("idempotency-race", "retry the request"));
                if (!stored.requestHash().equals(hash)) {
                    throw DomainException.refused("idempotency-key-reused", HEADER, "this Idempotency-Key was used for a different request");
                }
                if (!stored.completed()) {
                    throw DomainException.conflict("request-in-progress", "a request with this Idempotency-Key is still running");
                }
                return ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true").body(read(stored.body()));
            }
            ResponseEntity<?> response = action.get();
            requests.complete(accountId, key, response.getStatusCode().value(), write(response.getBody()));
            return response;
        });
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] bytes = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
