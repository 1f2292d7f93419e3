//! The threads that screen: a fixed pool, one thread per core by default, on which each input
//! is screened whole (its travellers one after another).
//!
//! Inputs are screened in parallel with each other rather than each spreading its travellers
//! over every core: with many inputs in flight (a Kafka backlog) the cores stay busy without
//! jobs waiting on each other inside a shared pool, and while one input's outputs are being
//! acknowledged the next is already being screened.

use std::panic::{catch_unwind, AssertUnwindSafe};

use anyhow::Context;
use tokio::sync::oneshot;

/// A fixed pool of screening threads.
#[derive(Debug)]
pub struct ScreeningPool {
    pool: rayon::ThreadPool,
}

impl ScreeningPool {
    /// Starts `threads` screening threads.
    ///
    /// # Errors
    /// The threads cannot be started.
    pub fn new(threads: usize) -> anyhow::Result<ScreeningPool> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("screen-{i}"))
            .build()
            .context("starting the screening threads")?;
        Ok(ScreeningPool { pool })
    }

    /// Runs `work` on a screening thread and waits for its result without blocking the async
    /// reactor.
    ///
    /// # Errors
    /// `work` panicked (the panic is caught: the pool and the service go on).
    pub async fn run<T, F>(&self, work: F) -> anyhow::Result<T>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let (done, result) = oneshot::channel();
        self.pool.spawn(move || {
            let outcome = catch_unwind(AssertUnwindSafe(work));
            // The waiting task may have been cancelled (service stopping): nothing to tell.
            let _sent = done.send(outcome);
        });
        match result.await {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(_panic)) => anyhow::bail!("screening panicked"),
            Err(_closed) => anyhow::bail!("the screening pool stopped"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn runs_work_and_survives_a_panic() {
        let pool = ScreeningPool::new(2).unwrap();
        assert_eq!(pool.run(|| 6 * 7).await.unwrap(), 42);
        let error = pool.run(|| -> u32 { panic!("boom") }).await.unwrap_err();
        assert!(error.to_string().contains("panicked"));
        assert_eq!(pool.run(|| 1).await.unwrap(), 1);
    }
}
