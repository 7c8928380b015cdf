//! `noticegen manifest merge`: the output folders of a sharded build joined into one
//! ([`noticegen::pipeline::shard::merge`]).

use std::path::PathBuf;

use super::common::{ExitStatus, project_error};

/// Work with build manifests.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Join the output folders of `build --shard 1/N` ... `--shard N/N` into one: every file
    /// copied and checked against its part's manifest, and one manifest.json, byte for byte
    /// what a single build writes. Parts of different inputs (another commit, recipients list
    /// or options), a shard given twice and a missing shard are refused, and nothing is
    /// written.
    Merge {
        /// The shards' output folders.
        #[arg(required = true, value_name = "PART")]
        parts: Vec<PathBuf>,
        /// The folder to join them into (not one of the parts).
        #[arg(long, value_name = "DIR", default_value = "output")]
        out: PathBuf,
    },
}

pub fn run(command: Command) -> ExitStatus {
    match command {
        Command::Merge { parts, out } => {
            let same = |p: &PathBuf| matches!((p.canonicalize(), out.canonicalize()), (Ok(a), Ok(b)) if a == b);
            if parts.iter().any(same) {
                let d = noticegen::diag::Diagnostic::error(format!(
                    "--out {} is one of the parts: merge into another folder",
                    out.display()
                ));
                return project_error(&[d]);
            }
            match noticegen::pipeline::shard::merge(&parts, &out) {
                Ok(files) => {
                    eprintln!(
                        "merged {} part(s): {files} file(s) and the manifest in {}",
                        parts.len(),
                        out.display()
                    );
                    ExitStatus::Success
                }
                Err(errors) => project_error(&errors),
            }
        }
    }
}
