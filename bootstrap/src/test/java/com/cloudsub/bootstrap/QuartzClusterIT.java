package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quartz on the clustered JDBC job store, against the real database: two extra scheduler nodes ("node-a",
 * "node-b", scheduler name "cluster-it", on the application's DataSource) sharing one job store run each firing on
 * one node only, whether both poll at once, one hands over to the other, or one joins while the other is mid-firing;
 * and the application's own jobs are registered in that store. The test cluster's rows are deleted before and after
 * each test, and the application's scheduler rows are never touched.
 */
@SpringBootTest(classes = CloudSubApplication.class)
@ActiveProfiles("test")
class QuartzClusterIT {

    /** Scheduler name of the test cluster: its rows in the QRTZ_ tables are isolated from the application's. */
    private static final String CLUSTER = "cluster-it";
    private static final int FIRINGS = 10;
    private static final long INTERVAL_MS = 200;

    /** Child tables first, so the foreign keys of the Quartz schema are respected. */
    private static final List<String> QUARTZ_TABLES = List.of(
            "QRTZ_SIMPLE_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_BLOB_TRIGGERS",
            "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_FIRED_TRIGGERS", "QRTZ_CALENDARS",
            "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS");

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcTemplate jdbc;
    @Autowired Scheduler applicationScheduler;

    private final List<SchedulerFactoryBean> nodes = new ArrayList<>();

    /** One execution of the test job: the firing it served, the node that ran it, and whether it was a recovery. */
    record Execution(long scheduledFireTime, String node, boolean recovering) {
    }

    static final ConcurrentLinkedQueue<Execution> EXECUTIONS = new ConcurrentLinkedQueue<>();
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger MAX_RUNNING = new AtomicInteger();
    /** Counted down when an execution begins. */
    static volatile CountDownLatch started = new CountDownLatch(0);
    /** Executions wait for this gate (open by default) before they finish. */
    static volatile CountDownLatch gate = new CountDownLatch(0);
    /** Counted down when an execution ends. */
    static volatile CountDownLatch executed = new CountDownLatch(0);

    /** Records which node ran which scheduled firing; non-concurrent like the application's jobs. */
    @DisallowConcurrentExecution
    public static class RecordingJob implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            MAX_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
            try {
                EXECUTIONS.add(new Execution(context.getScheduledFireTime().getTime(),
                        context.getScheduler().getSchedulerInstanceId(), context.isRecovering()));
                started.countDown();
                gate.await(30, TimeUnit.SECONDS);
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                RUNNING.decrementAndGet();
                executed.countDown();
            }
        }
    }

    @BeforeEach
    void isolate() {
        deleteClusterRows();
        EXECUTIONS.clear();
        RUNNING.set(0);
        MAX_RUNNING.set(0);
    }

    @AfterEach
    void cleanUp() throws SchedulerException {
        gate.countDown(); // a failed test must not leave an execution waiting at the gate
        shutDownNodes();
        deleteClusterRows();
        started = new CountDownLatch(0);
        gate = new CountDownLatch(0);
        executed = new CountDownLatch(0);
    }

    private void shutDownNodes() throws SchedulerException {
        for (SchedulerFactoryBean node : nodes) {
            node.destroy(); // shutdown(waitForJobsToComplete = true)
        }
        nodes.clear();
    }

    private void deleteClusterRows() {
        for (String table : QUARTZ_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE SCHED_NAME = ?", CLUSTER);
        }
    }

    /** A clustered scheduler node on the application's DataSource; created in standby. */
    private Scheduler node(String instanceId) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceId", instanceId);
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        // Lowest legal value (default 30 s), so an idle node polls the store again within a second.
        properties.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        properties.setProperty("org.quartz.jobStore.class", LocalDataSourceJobStore.class.getName());
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", StdJDBCDelegate.class.getName());
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");

        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setSchedulerName(CLUSTER);
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactionManager);
        factory.setQuartzProperties(properties);
        factory.setAutoStartup(false);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        factory.afterPropertiesSet();
        nodes.add(factory);
        return factory.getObject();
    }

    /** Schedules the recording job with a trigger firing {@code firings} times, every 200 ms from {@code start}. */
    private void scheduleRecordingJob(Scheduler scheduler, Date start, int firings, boolean requestsRecovery) {
        JobDetail job = JobBuilder.newJob(RecordingJob.class).withIdentity("recording", CLUSTER)
                .requestRecovery(requestsRecovery).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("recording", CLUSTER).startAt(start)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(INTERVAL_MS).withRepeatCount(firings - 1))
                .build();
        // Client-side store operations take Quartz's row lock on the Spring-managed connection: run them in a transaction.
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            try {
                scheduler.scheduleJob(job, trigger);
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(count("QRTZ_TRIGGERS")).isEqualTo(1);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE SCHED_NAME = ?", Integer.class, CLUSTER);
    }

    /**
     * Every scheduled fire time of the trigger executed exactly once, none missing, none extra; the trigger is
     * complete and no firing is left in flight. Returns the node of each firing, in fire-time order.
     */
    private List<String> assertEachFiringRanOnce(Date start, int firings) {
        List<Execution> executions = List.copyOf(EXECUTIONS);
        Map<Long, List<String>> nodesPerFireTime = executions.stream().collect(Collectors.groupingBy(
                Execution::scheduledFireTime, TreeMap::new, Collectors.mapping(Execution::node, Collectors.toList())));
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < firings; i++) {
            expected.add(start.getTime() + i * INTERVAL_MS);
        }
        assertThat(nodesPerFireTime.keySet()).as("distinct scheduled fire times").containsExactlyElementsOf(expected);
        assertThat(nodesPerFireTime).as("nodes that ran each scheduled fire time")
                .allSatisfy((fireTime, nodes) -> assertThat(nodes).hasSize(1));
        assertThat(executions).hasSize(firings);
        assertThat(executions).as("recovery re-runs").noneMatch(Execution::recovering);
        assertThat(MAX_RUNNING.get()).as("executions running at once, across both nodes").isEqualTo(1);
        assertThat(count("QRTZ_TRIGGERS")).as("trigger completed and removed").isZero();
        assertThat(count("QRTZ_FIRED_TRIGGERS")).as("firings in flight").isZero();

        List<String> order = nodesPerFireTime.values().stream().map(nodes -> nodes.get(0)).toList();
        Map<String, Long> perNode = order.stream().collect(Collectors.groupingBy(n -> n, TreeMap::new, Collectors.counting()));
        System.out.printf("QuartzClusterIT: %d firings, per node %s, in fire-time order %s%n", firings, perNode, order);
        return order;
    }

    @Test
    @DisplayName("R-GEN-6 two scheduler instances sharing one JDBC job store run each firing on one node only")
    void eachFiringRunsOnOneNodeOnly() throws Exception {
        Scheduler nodeA = node("node-a");
        Scheduler nodeB = node("node-b");
        assertThat(nodeA.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(List.of(nodeA.getSchedulerName(), nodeB.getSchedulerName())).containsOnly(CLUSTER);
        assertThat(List.of(nodeA.getSchedulerInstanceId(), nodeB.getSchedulerInstanceId())).containsExactly("node-a", "node-b");

        executed = new CountDownLatch(FIRINGS);
        Date start = new Date(System.currentTimeMillis() + 1000); // both nodes are up before the first firing
        scheduleRecordingJob(nodeA, start, FIRINGS, false);
        nodeA.start();
        nodeB.start();
        assertThat(executed.await(30, TimeUnit.SECONDS)).as("all %d firings executed", FIRINGS).isTrue();
        shutDownNodes(); // waits for running jobs, so nothing more can execute after this point

        List<String> order = assertEachFiringRanOnce(start, FIRINGS);
        assertThat(order).allMatch(n -> n.equals("node-a") || n.equals("node-b"));
    }

    @Test
    @DisplayName("R-GEN-6 a node going to standby mid-schedule hands the trigger over to the other node; each firing still runs once")
    void standbyHandsOverToTheOtherNode() throws Exception {
        int firings = 20; // 4 s of schedule: far more than the time between the 5th firing and the standby
        Scheduler nodeA = node("node-a");
        Scheduler nodeB = node("node-b");

        executed = new CountDownLatch(firings);
        CountDownLatch firstFive = new CountDownLatch(5);
        started = firstFive;
        Date start = new Date(System.currentTimeMillis() + 500);
        scheduleRecordingJob(nodeA, start, firings, false);
        nodeA.start();
        assertThat(firstFive.await(30, TimeUnit.SECONDS)).as("first 5 firings on node-a").isTrue();
        nodeA.standby(); // releases the trigger node-a has acquired, if any; node-a stays a cluster member
        nodeB.start();
        assertThat(executed.await(30, TimeUnit.SECONDS)).as("all %d firings executed", firings).isTrue();
        shutDownNodes();

        List<String> order = assertEachFiringRanOnce(start, firings);
        int onA = order.indexOf("node-b");
        assertThat(onA).as("firings on node-a before the handover").isGreaterThanOrEqualTo(5);
        assertThat(order.subList(0, onA)).containsOnly("node-a");
        assertThat(order.subList(onA, firings)).containsOnly("node-b");
    }

    /**
     * The case clustering is for: a node starting while another node is in the middle of a firing. Clustered, the
     * new node's first check-in sees the other node alive and leaves its in-flight firing alone. Unclustered (checked
     * by flipping isClustered), the new node's start-up recovery deletes the other node's fired-trigger row and resets
     * the BLOCKED trigger to WAITING: the firing in progress could then overlap the next one, and would no longer be
     * recovered if its node died. The store is checked right after {@code start()} returns, so nothing is timed.
     */
    @Test
    @DisplayName("R-GEN-6 a node joining while another node runs a firing leaves it alone: still in flight on its node, trigger still blocked, each firing once")
    void joiningNodeLeavesFiringInProgressAlone() throws Exception {
        int firings = 3;
        Scheduler nodeA = node("node-a");
        Scheduler nodeB = node("node-b");

        executed = new CountDownLatch(firings);
        CountDownLatch firstStarted = new CountDownLatch(1);
        started = firstStarted;
        CountDownLatch release = new CountDownLatch(1);
        gate = release;
        Date start = new Date(System.currentTimeMillis() + 500);
        scheduleRecordingJob(nodeA, start, firings, true);
        nodeA.start();
        assertThat(firstStarted.await(30, TimeUnit.SECONDS)).as("first firing running on node-a").isTrue();

        nodeB.start(); // returns after node-b's first cluster check-in and recovery pass
        assertThat(jdbc.queryForList("SELECT CONCAT(INSTANCE_NAME, ' ', STATE) FROM QRTZ_FIRED_TRIGGERS WHERE SCHED_NAME = ?",
                String.class, CLUSTER)).as("firings in flight").containsExactly("node-a EXECUTING");
        assertThat(jdbc.queryForList("SELECT CONCAT(TRIGGER_GROUP, '.', TRIGGER_NAME, ' ', TRIGGER_STATE) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ?",
                String.class, CLUSTER)).as("triggers").containsExactly(CLUSTER + ".recording BLOCKED");
        assertThat(EXECUTIONS).hasSize(1);

        release.countDown();
        assertThat(executed.await(30, TimeUnit.SECONDS)).as("all %d firings executed", firings).isTrue();
        shutDownNodes();

        List<String> order = assertEachFiringRanOnce(start, firings);
        assertThat(order.get(0)).isEqualTo("node-a");
    }

    @Test
    @DisplayName("The application's jobs are registered in the clustered JDBC job store, each with a next fire time")
    void applicationJobsInJdbcStore() throws Exception {
        // The application's scheduler is not started in the test profile; registration happens regardless.
        assertThat(applicationScheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
        assertThat(applicationScheduler.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(applicationScheduler.getMetaData().getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);

        Map<JobKey, String> jobs = Map.of(JobKey.jobKey("lifecycle", "prepaid"), "prepaid.lifecycle",
                JobKey.jobKey("notice-delivery", "notice"), "notice.notice-delivery");
        jobs.forEach((key, name) -> {
            assertThat(key).hasToString(name);
            try {
                assertThat(applicationScheduler.checkExists(key)).as(name).isTrue();
                assertThat(applicationScheduler.getTriggersOfJob(key)).as(name).isNotEmpty()
                        .allSatisfy(t -> assertThat(t.getNextFireTime()).as(t.getKey().toString()).isNotNull());
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });

        // The rows themselves, in the application database.
        String scheduler = applicationScheduler.getSchedulerName();
        assertThat(jdbc.queryForList("SELECT CONCAT(JOB_GROUP, '.', JOB_NAME) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = ?",
                String.class, scheduler)).containsAll(jobs.values());
        assertThat(jdbc.queryForList("SELECT CONCAT(JOB_GROUP, '.', JOB_NAME) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ?"
                + " AND NEXT_FIRE_TIME IS NOT NULL", String.class, scheduler)).containsAll(jobs.values());
    }
}
