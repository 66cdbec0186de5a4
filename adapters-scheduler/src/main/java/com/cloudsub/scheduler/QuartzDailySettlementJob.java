package com.cloudsub.scheduler;

import com.cloudsub.application.billing.SettleMonth;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Runs {@link SettleMonth}; Quartz clustering makes each firing run on one node, and the use case is idempotent. */
@DisallowConcurrentExecution
public class QuartzDailySettlementJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(QuartzDailySettlementJob.class);

    private SettleMonth settleMonth;

    /** Injected by Spring's job factory, which autowires annotated members of each new job instance. */
    @Autowired
    public void setSettleMonth(SettleMonth settleMonth) {
        this.settleMonth = settleMonth;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        log.info("settleMonth: {}", settleMonth.run());
    }
}
