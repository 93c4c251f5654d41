//! A simulator running in the background of a blocking test, so the real binary can talk to it.
#![allow(dead_code)]

use super::TestEnv;
use jira_sim::{Sim, SimConfig, SimHandle};

/// A simulator on its own runtime; dropped with the test.
pub struct BackgroundSim {
    pub handle: SimHandle,
    // Declared last: the runtime must outlive the handle's server tasks.
    _runtime: tokio::runtime::Runtime,
}

impl BackgroundSim {
    pub fn start(config: SimConfig) -> BackgroundSim {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime for the simulator");
        let handle = runtime
            .block_on(Sim::start(config))
            .expect("simulator starts");
        BackgroundSim {
            handle,
            _runtime: runtime,
        }
    }

    pub fn default_cloud() -> BackgroundSim {
        Self::start(SimConfig::default())
    }

    pub fn url(&self) -> String {
        self.handle.url()
    }
}

impl TestEnv {
    /// Register, log in, and connect to the simulator with its seeded admin's credentials.
    pub fn connected(sim: &BackgroundSim) -> TestEnv {
        let env = TestEnv::sqlite();
        env.register_and_login("lead@example.com", "correct horse battery");
        env.connect(sim).success();
        env
    }

    pub fn connect(&self, sim: &BackgroundSim) -> assert_cmd::assert::Assert {
        self.cmd([
            "connect",
            "--url",
            &sim.url(),
            "--email",
            sim.handle.email(),
            "--token-stdin",
        ])
        .write_stdin(format!("{}\n", sim.handle.api_token()))
        .assert()
    }
}
