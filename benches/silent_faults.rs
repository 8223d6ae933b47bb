//! Time from a step's start to its diagnosis for every silent fault, on
//! IMAP and on SMTP, with the default deadlines (prints figures; not a timed
//! test). Goal (issue 12): every one within 10 s of its step starting.
//!
//! Each fault runs on both protocols at once through `flow::check`, exactly
//! as the wizard and the CLI run it, against loopback servers
//! (`tests/support/hostile_server.rs`): a listen(0) socket with a full
//! accept queue for the black hole, and servers that fall silent at a given
//! point for the rest. The figure is from the moment the failing step's
//! `FlowEvent::StepStarted` reached the shell to the moment its diagnosed
//! `FlowEvent::StepFinished` did. Then a slow but working server (every
//! answer 1.5 s late) must still pass.
//!
//!     cargo bench --features failpoints,bench-hooks --bench silent_faults
//!     SILENT_FAULT_ROUNDS=5 cargo bench … (default 3)

#[path = "../tests/support/hostile_server.rs"]
mod hostile_server;
#[path = "../tests/support/silent_faults.rs"]
mod silent_faults;

use mailsetup::flow;
use mailsetup::probe::LONGEST_WAIT_FOR_A_DIAGNOSIS;
use silent_faults::SilentFault;
use std::time::Duration;

fn main() {
    let rounds: usize = std::env::var("SILENT_FAULT_ROUNDS").ok().and_then(|value| value.parse().ok()).unwrap_or(3);
    let ca = hostile_server::TestCa::new();
    let runtime = flow::new_runtime().expect("runtime");
    println!("silent faults, default deadlines, {rounds} rounds; time from the step's start to its diagnosis (worst of the rounds)");
    println!("| fault | protocol | step that waited | deadline | worst | best | diagnosis |");
    println!("|---|---|---|---|---|---|---|");
    let mut worst_overall = Duration::ZERO;
    let mut missed = Vec::new();
    for fault in SilentFault::ALL {
        let mut figures: [Vec<Duration>; 2] = [Vec::new(), Vec::new()];
        let mut diagnoses: [Option<String>; 2] = [None, None];
        for _ in 0..rounds {
            let (imap, smtp, steps) = silent_faults::run_fault(fault, &ca, &runtime);
            for (slot, diagnosed) in [imap, smtp].into_iter().enumerate() {
                match diagnosed {
                    Some(diagnosed) => {
                        figures[slot].push(diagnosed.started_to_diagnosis);
                        diagnoses[slot] = diagnosed.step.diagnosis.as_ref().map(|d| d.id.clone());
                    }
                    None => missed.push(format!("{} ({}): the expected step did not end: {steps:#?}", fault.describe(), ["IMAP", "SMTP"][slot])),
                }
            }
        }
        for (slot, protocol) in ["IMAP", "SMTP"].into_iter().enumerate() {
            let (id, deadline) = fault.expected(slot == 0);
            let (Some(worst), Some(best)) = (figures[slot].iter().max().copied(), figures[slot].iter().min().copied()) else { continue };
            worst_overall = worst_overall.max(worst);
            println!(
                "| {} | {protocol} | `{id}` | {} s | {:.3} s | {:.3} s | `{}` |",
                fault.describe(),
                deadline.as_secs(),
                worst.as_secs_f64(),
                best.as_secs_f64(),
                diagnoses[slot].as_deref().unwrap_or("none")
            );
        }
    }
    println!(
        "worst of all: {:.3} s (goal ≤ {} s: {})",
        worst_overall.as_secs_f64(),
        LONGEST_WAIT_FOR_A_DIAGNOSIS.as_secs(),
        if worst_overall <= LONGEST_WAIT_FOR_A_DIAGNOSIS && missed.is_empty() { "met" } else { "NOT met" }
    );
    for miss in &missed {
        println!("MISSED: {miss}");
    }

    let steps = silent_faults::slow_run(&ca, &runtime);
    let slowest = steps.iter().max_by_key(|step| step.duration).expect("steps");
    println!(
        "slow but working server ({} ms per answer, STARTTLS on both): {}; slowest step {} {:.3} s of {} s",
        silent_faults::SLOW_REPLY.as_millis(),
        if silent_faults::all_passed(&steps) { "every step passed" } else { "FAILED" },
        slowest.id,
        slowest.duration.as_secs_f64(),
        slowest.deadline.as_secs()
    );
    for step in &steps {
        println!("    {:<18} {:>6.3} s of {} s  {}", step.id.as_str(), step.duration.as_secs_f64(), step.deadline.as_secs(), step.outcome);
    }
}
