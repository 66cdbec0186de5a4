package com.cloudsub.web.notice;

import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.web.shared.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "notices", description = "In-site messages")
class NoticeController {

    private final NoticeOutbox outbox;

    NoticeController(NoticeOutbox outbox) {
        this.outbox = outbox;
    }

    record InSiteView(String kind, Map<String, String> values, Instant at) {
    }

    @GetMapping
    @Operation(summary = "The caller's in-site messages, newest first (at most 100)")
    List<InSiteView> inSite() {
        return outbox.inSite(Caller.account(), 100).stream().map(n -> new InSiteView(n.kind().name(), n.values(), n.createdAt())).toList();
    }
}
