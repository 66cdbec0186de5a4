package com.cloudsub.scheduler;

import com.cloudsub.application.operator.ScheduledJobs;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.autoconfigure.quartz.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The jobs of the clustered store with their triggers' last and next firing, and the last failure this node saw
 * (failures are kept in memory per node; the log has them all).
 */
@Component
class QuartzJobStatus implements ScheduledJobs, JobListener, SchedulerFactoryBeanCustomizer {

    private record Failure(String message, Instant at) {
    }

    private final Scheduler scheduler;
    private final Map<JobKey, Failure> failures = new ConcurrentHashMap<>();

    QuartzJobStatus(@Lazy Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void customize(org.springframework.scheduling.quartz.SchedulerFactoryBean factory) {
        factory.setGlobalJobListeners(this);
    }

    @Override
    public List<JobStatus> jobs() {
        try {
            List<JobStatus> jobs = new ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyGroup())) {
                JobDetail detail = scheduler.getJobDetail(key);
                Date last = null;
                Date next = null;
                String state = "NO TRIGGER";
                for (Trigger trigger : scheduler.getTriggersOfJob(key)) {
                    last = latest(last, trigger.getPreviousFireTime());
                    next = next == null || (trigger.getNextFireTime() != null && trigger.getNextFireTime().before(next))
                            ? trigger.getNextFireTime() : next;
                    state = scheduler.getTriggerState(trigger.getKey()).name();
                }
                Failure failure = failures.get(key);
                jobs.add(new JobStatus(key.getGroup() + "." + key.getName(), detail == null ? "" : detail.getDescription(), state,
                        instant(last), instant(next), failure == null ? null : failure.message(), failure == null ? null : failure.at()));
            }
            jobs.sort(Comparator.comparing(JobStatus::name));
            return jobs;
        } catch (SchedulerException e) {
            throw new IllegalStateException("the scheduler cannot list its jobs", e);
        }
    }

    private static Date latest(Date a, Date b) {
        return a == null ? b : b == null || a.after(b) ? a : b;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    @Override
    public String getName() {
        return "cloudsub-job-status";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        if (failure != null) {
            failures.put(context.getJobDetail().getKey(), new Failure(String.valueOf(failure.getMessage()), context.getFireTime().toInstant()));
        }
    }
}
