package com.cloudsub.scheduler;

import com.cloudsub.application.certificate.SettleCertificateHours;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The hourly settlement of private CAs and private certificates, with the on-demand arrears path. */
@DisallowConcurrentExecution
public class QuartzCertificateSettlementJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(QuartzCertificateSettlementJob.class);

    private SettleCertificateHours settle;

    /** Injected by Spring's job factory, which autowires annotated members of each new job instance. */
    @Autowired
    public void setSettleCertificateHours(SettleCertificateHours settle) {
        this.settle = settle;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        log.info("certificate settlement: {}", settle.run());
    }
}
