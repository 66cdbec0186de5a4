package com.cloudsub.scheduler;

import com.cloudsub.application.billing.RunArrears;
import com.cloudsub.application.budget.CheckBudgets;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Runs {@link RunArrears}, then {@link CheckBudgets} (budgets, balance alerts); Quartz clustering makes each firing run on one node, and the use case is idempotent. */
@DisallowConcurrentExecution
public class QuartzArrearsJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(QuartzArrearsJob.class);

    private RunArrears runArrears;
    private CheckBudgets checkBudgets;

    /** Injected by Spring's job factory. */
    @Autowired
    public void setCheckBudgets(CheckBudgets checkBudgets) {
        this.checkBudgets = checkBudgets;
    }

    /** Injected by Spring's job factory, which autowires annotated members of each new job instance. */
    @Autowired
    public void setRunArrears(RunArrears runArrears) {
        this.runArrears = runArrears;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        log.info("runArrears: {}", runArrears.run());
        log.info("checkBudgets: {}", checkBudgets.run());
    }
}
