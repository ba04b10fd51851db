package dev.stepwise.ui.common;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one "store" thread that runs database work, which also knows when it is idle: after a job, with nothing else
 * queued, it runs the idle work (moving the database's write-ahead log into its file), so that work never delays a
 * change the learner is waiting for. A job's result has been handed to the FX thread by then.
 */
public final class StoreThread extends ThreadPoolExecutor {
    private static final Logger LOG = Logger.getLogger(StoreThread.class.getName());

    private volatile Runnable whenIdle;

    public StoreThread() {
        super(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "store");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code work} on this thread after each job that leaves the queue empty; replaces any earlier idle work. */
    public void whenIdle(Runnable work) {
        this.whenIdle = work;
    }

    @Override
    protected void afterExecute(Runnable job, Throwable failure) {
        Runnable idle = whenIdle;
        if (idle == null || !getQueue().isEmpty() || isShutdown()) {
            return;
        }
        try {
            idle.run();
        } catch (RuntimeException e) {
            // Idle work is upkeep: its failure must not take the thread, or the learner's next change, with it.
            LOG.log(Level.WARNING, "Idle work on the store thread failed", e);
        }
    }
}
