package com.cloudsub.scheduler;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduled jobs and their cron schedules (in the billing zone). Every job is idempotent, so a
 * misfire that runs late, or twice, changes nothing extra.
 */
@Configuration
class QuartzJobs {

    @Bean
    JobDetail lifecycleJob() {
        return JobBuilder.newJob(QuartzLifecycleJob.class).withIdentity("lifecycle", "prepaid").storeDurably()
                .withDescription("Expiry warnings, auto-renew, suspension, release, destruction").build();
    }

    @Bean
    Trigger lifecycleTrigger(JobDetail lifecycleJob, @Value("${cloudsub.jobs.lifecycle.cron:0 */5 * * * ?}") String cron,
                             @Value("${cloudsub.billing.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger().forJob(lifecycleJob).withIdentity("lifecycle", "prepaid")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail noticeDeliveryJob() {
        return JobBuilder.newJob(QuartzNoticeDeliveryJob.class).withIdentity("notice-delivery", "notice").storeDurably()
                .withDescription("Deliver due outbox notices by email and SMS").build();
    }

    @Bean
    Trigger noticeDeliveryTrigger(JobDetail noticeDeliveryJob, @Value("${cloudsub.jobs.notice-delivery.cron:*/30 * * * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(noticeDeliveryJob).withIdentity("notice-delivery", "notice")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail certificateSettlementJob() {
        return JobBuilder.newJob(QuartzCertificateSettlementJob.class).withIdentity("settlement", "certificate").storeDurably()
                .withDescription("Charge whole hours of private CAs and certificates; on-demand arrears path").build();
    }

    /** Every 10 minutes: an hour is charged by the first run after it ends; later runs find it settled. */
    @Bean
    Trigger certificateSettlementTrigger(JobDetail certificateSettlementJob,
                                         @Value("${cloudsub.jobs.certificate-settlement.cron:0 */10 * * * ?}") String cron,
                                         @Value("${cloudsub.billing.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger().forJob(certificateSettlementJob).withIdentity("settlement", "certificate")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail sslLifecycleJob() {
        return JobBuilder.newJob(QuartzSslLifecycleJob.class).withIdentity("ssl-lifecycle", "certificate").storeDurably()
                .withDescription("SSL renewal-due notices, auto-renew, expiry").build();
    }

    @Bean
    Trigger sslLifecycleTrigger(JobDetail sslLifecycleJob, @Value("${cloudsub.jobs.ssl-lifecycle.cron:0 */30 * * * ?}") String cron,
                                @Value("${cloudsub.billing.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger().forJob(sslLifecycleJob).withIdentity("ssl-lifecycle", "certificate")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail hourlySettlementJob() {
        return JobBuilder.newJob(QuartzHourlySettlementJob.class).withIdentity("hourly-settlement", "payg").storeDurably()
                .withDescription("Settle the API gateway's finished hours (R-APG-1..5, R-APG-8), then the arrears pass").build();
    }

    @Bean
    Trigger hourlySettlementTrigger(JobDetail hourlySettlementJob, @Value("${cloudsub.jobs.hourly-settlement.cron:0 15 * * * ?}") String cron,
                                    @Value("${cloudsub.billing.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger().forJob(hourlySettlementJob).withIdentity("hourly-settlement", "payg")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail dailySettlementJob() {
        return JobBuilder.newJob(QuartzDailySettlementJob.class).withIdentity("daily-settlement", "payg").storeDurably()
                .withDescription("Accrue secrets and KMS keys per day; settle SSM legacy and KMS months when due (R-SSM-L5)").build();
    }

    @Bean
    Trigger dailySettlementTrigger(JobDetail dailySettlementJob, @Value("${cloudsub.jobs.daily-settlement.cron:0 30 0 * * ?}") String cron,
                                   @Value("${cloudsub.billing.zone:Asia/Shanghai}") String zone) {
        return TriggerBuilder.newTrigger().forJob(dailySettlementJob).withIdentity("daily-settlement", "payg")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(java.util.TimeZone.getTimeZone(zone))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    @Bean
    JobDetail arrearsJob() {
        return JobBuilder.newJob(QuartzArrearsJob.class).withIdentity("arrears", "payg").storeDurably()
                .withDescription("Stop services 24 h after arrears, release them after retention, daily arrears reminders; budgets and balance alerts").build();
    }

    @Bean
    Trigger arrearsTrigger(JobDetail arrearsJob, @Value("${cloudsub.jobs.arrears.cron:0 */10 * * * ?}") String cron) {
        return TriggerBuilder.newTrigger().forJob(arrearsJob).withIdentity("arrears", "payg")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
