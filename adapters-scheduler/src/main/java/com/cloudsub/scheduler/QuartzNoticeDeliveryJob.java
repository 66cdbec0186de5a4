package com.cloudsub.scheduler;

import com.cloudsub.application.notice.DeliverNotices;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Delivers due outbox notices. */
@DisallowConcurrentExecution
public class QuartzNoticeDeliveryJob extends QuartzJobBean {

    private DeliverNotices deliverNotices;

    /** Injected by Spring's job factory, which autowires annotated members of each new job instance. */
    @Autowired
    public void setDeliverNotices(DeliverNotices deliverNotices) {
        this.deliverNotices = deliverNotices;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        deliverNotices.deliver();
    }
}
