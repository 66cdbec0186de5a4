package com.cloudsub.scheduler;

import com.cloudsub.application.billing.SettleHour;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Runs {@link SettleHour}; Quartz clustering makes each firing run on one node, and the use case is idempotent. */
@DisallowConcurrentExecution
public class QuartzHourlySettlementJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(QuartzHourlySettlementJob.class);

    private SettleHour settleHour;

    /** Injected by Spring's job factory, which autowires annotated members of each new job instance. */
    @Autowired
    public void setSettleHour(SettleHour settleHour) {
        this.settleHour = settleHour;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        log.info("settleHour: {}", settleHour.run());
    }
}
