//! `noticegen schema`: the JSON Schemas of notices, profiles and `noticegen.yaml`
//! ([`noticegen::schema`]).

use std::path::PathBuf;

use super::common::{ExitStatus, ProjectArgs, project_error};

/// Write the JSON Schema of notices and manufacturer profiles (for editors: completion,
/// hover help and validation of the YAML as you type).
///
/// Writes DIR/notice.schema.json, DIR/manufacturer.schema.json and DIR/project.schema.json
/// (noticegen.yaml). A notice YAML file names
/// its schema in its first line, which yaml-language-server (VS Code's YAML extension and
/// others) reads: `# yaml-language-server: $schema=../schema/notice.schema.json`.
#[derive(clap::Args)]
pub struct Args {
    /// Where to write the schemas, relative to the project root.
    #[arg(long, value_name = "DIR", default_value = "schema")]
    pub out: PathBuf,
    #[command(flatten)]
    pub project: ProjectArgs,
}

pub fn run(args: Args) -> ExitStatus {
    match noticegen::schema::write(&args.project.root.join(args.out)) {
        Ok(files) => {
            for file in files {
                eprintln!("     wrote {}", file.display());
            }
            ExitStatus::Success
        }
        Err(d) => project_error(&[d]),
    }
}
