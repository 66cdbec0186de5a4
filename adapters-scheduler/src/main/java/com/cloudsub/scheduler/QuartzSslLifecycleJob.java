package com.cloudsub.scheduler;

import com.cloudsub.application.certificate.RunSslLifecycle;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The SSL certificate pass: renewal-due notices, auto-renew inside the window, expiry. */
@DisallowConcurrentExecution
public class QuartzSslLifecycleJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(QuartzSslLifecycleJob.class);

    private RunSslLifecycle runSslLifecycle;

    /** Injected by Spring's job factory, which autowires annotated members of each new job instance. */
    @Autowired
    public void setRunSslLifecycle(RunSslLifecycle runSslLifecycle) {
        this.runSslLifecycle = runSslLifecycle;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        log.info("SSL lifecycle pass: {}", runSslLifecycle.run());
    }
}
