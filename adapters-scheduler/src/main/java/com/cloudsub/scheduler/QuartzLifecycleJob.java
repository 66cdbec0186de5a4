package com.cloudsub.scheduler;

import com.cloudsub.application.subscription.RunLifecycle;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The prepaid lifecycle pass; Quartz clustering makes each firing run on one node only. */
@DisallowConcurrentExecution
public class QuartzLifecycleJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(QuartzLifecycleJob.class);

    private RunLifecycle runLifecycle;

    /** Injected by Spring's job factory, which autowires annotated members of each new job instance. */
    @Autowired
    public void setRunLifecycle(RunLifecycle runLifecycle) {
        this.runLifecycle = runLifecycle;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        RunLifecycle.Result result = runLifecycle.run();
        log.info("lifecycle pass: {}", result);
    }
}
