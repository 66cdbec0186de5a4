package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The application's jobs fired through the real Quartz scheduler and JDBC job store: each runs its use case without error. */
@SpringBootTest(classes = CloudSubApplication.class)
@ActiveProfiles("test")
class QuartzJobsIT {

    @Autowired
    Scheduler scheduler;

    @Test
    @DisplayName("the lifecycle, notice-delivery, certificate-settlement and SSL-lifecycle jobs run their use cases when Quartz fires them")
    void jobsRun() throws Exception {
        JobKey lifecycle = JobKey.jobKey("lifecycle", "prepaid");
        JobKey delivery = JobKey.jobKey("notice-delivery", "notice");
        JobKey settlement = JobKey.jobKey("settlement", "certificate");
        JobKey sslLifecycle = JobKey.jobKey("ssl-lifecycle", "certificate");
        java.util.Set<JobKey> watched = java.util.Set.of(lifecycle, delivery, settlement, sslLifecycle);
        Map<JobKey, String> outcomes = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(watched.size());
        String listener = "quartz-jobs-it";
        scheduler.getListenerManager().addJobListener(new JobListener() {
            @Override
            public String getName() {
                return listener;
            }

            @Override
            public void jobToBeExecuted(JobExecutionContext context) {
            }

            @Override
            public void jobExecutionVetoed(JobExecutionContext context) {
            }

            @Override
            public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
                JobKey key = context.getJobDetail().getKey();
                if (watched.contains(key)) {
                    if (outcomes.putIfAbsent(key, failure == null ? "ok" : String.valueOf(failure.getCause())) == null) {
                        done.countDown();
                    }
                }
            }
        });
        boolean wasStarted = scheduler.isStarted() && !scheduler.isInStandbyMode();
        // Only the jobs fired here may run: a cron trigger that missed its time while the scheduler stood by would
        // otherwise fire now and go on running (a catch-up settlement) beside the tests that come after this one.
        List<String> cronGroups = scheduler.getTriggerGroupNames().stream().filter(g -> !g.equals(Scheduler.DEFAULT_GROUP)).toList();
        for (String group : cronGroups) {
            scheduler.pauseTriggers(GroupMatcher.triggerGroupEquals(group));
        }
        scheduler.start();
        try {
            scheduler.triggerJob(lifecycle);
            scheduler.triggerJob(delivery);
            scheduler.triggerJob(settlement);
            scheduler.triggerJob(sslLifecycle);
            assertThat(done.await(60, TimeUnit.SECONDS)).as("all jobs ran").isTrue();
        } finally {
            scheduler.getListenerManager().removeJobListener(listener);
            if (!wasStarted) {
                scheduler.standby();
            }
            for (String group : cronGroups) {
                scheduler.resumeTriggers(GroupMatcher.triggerGroupEquals(group));
            }
        }
        assertThat(outcomes).containsEntry(lifecycle, "ok").containsEntry(delivery, "ok").containsEntry(settlement, "ok")
                .containsEntry(sslLifecycle, "ok");
    }
}
