//! `noticegen init`: a new project ([`noticegen::init`]), what was written and left alone,
//! and what to do next.

use std::path::PathBuf;

use noticegen::init::{Action, InitOptions};
use noticegen::notice::Regime;

use super::common::{ExitStatus, project_error};

/// Start a new project: a profile, one notice with a reply form, the source locale and
/// any other locales, ready to build.
///
/// Like `mdbook init`: the folder must not hold a project yet. In a folder with other
/// files, only what is missing is written; what is there is left alone and listed. The
/// starter text is in English, German or French; another `--locale` gets a skeleton to translate
/// (as `locale add`).
#[derive(clap::Args)]
pub struct Args {
    /// The project folder (made if missing).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The language notices are written in first.
    #[arg(long, value_name = "TAG", default_value = "en")]
    pub source_locale: String,
    /// Another locale to translate into; repeat it for more.
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,
    /// Replace the starter files that are there already, in a project too (a `.gitignore`
    /// keeps its lines and only gets the ones it lacks); other files are never touched.
    #[arg(long)]
    pub force: bool,
    /// Write the starter notice for a regulator: its `regime:`, whose rules `check` applies,
    /// and what they ask of it (fda: US Letter and the "URGENT: MEDICAL DEVICE RECALL"
    /// marking; eu: the devices' UDI-DIs and the manufacturer's SRN; tga: a TGA heading, the
    /// TGA recall reference number and the consultation with the TGA; mhra: the devices'
    /// UDIs; hc: US Letter and the regime's recall heading, built in for English and French).
    #[arg(long, value_enum, value_name = "REGIME")]
    pub regime: Option<RegimeArg>,
}

/// The regulators `--regime` knows.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum RegimeArg {
    /// The US FDA (21 CFR 7.49).
    Fda,
    /// The EU (MDR Article 89(8)).
    Eu,
    /// Australia's TGA (the Uniform Recall Procedure for Therapeutic Goods).
    Tga,
    /// The UK's MHRA (its guidance on effective field safety notices).
    Mhra,
    /// Health Canada (the recall guide GUI-0054).
    Hc,
}

pub fn run(args: Args) -> ExitStatus {
    let options = InitOptions {
        dir: &args.dir,
        source_locale: &args.source_locale,
        locales: &args.locales,
        force: args.force,
        regime: args.regime.map(|r| match r {
            RegimeArg::Fda => Regime::Fda,
            RegimeArg::Eu => Regime::Eu,
            RegimeArg::Tga => Regime::Tga,
            RegimeArg::Mhra => Regime::Mhra,
            RegimeArg::Hc => Regime::Hc,
        }),
    };
    let report = match noticegen::init::init(&options) {
        Ok(report) => report,
        Err(d) => return project_error(&[d]),
    };
    for (file, action) in &report.files {
        print_action(&file.display().to_string(), action);
    }
    let dir = args.dir.display();
    let kept = report.left_alone();
    if kept > 0 {
        eprintln!("\n{kept} file(s) that were there are left as they were (listed above).");
    }
    eprintln!(
        "\nA new project in {dir}. Next:\n  \
         cd {dir}\n  \
         noticegen check          validate it\n  \
         noticegen build          make the PDFs in output/\n\
         Then put your company's data in notices/manufacturers/my-company.yaml and your words in locales/."
    );
    let french = std::iter::once(&args.source_locale)
        .chain(&args.locales)
        .any(|tag| tag.split('-').next() == Some("fr"));
    if matches!(args.regime, Some(RegimeArg::Hc)) && !french {
        eprintln!(
            "Letters to Canada go out in English and French: `noticegen locale add fr-CA` \
             (the regime's headings are built in for French)."
        );
    }
    ExitStatus::Success
}

fn print_action(file: &str, action: &Action) {
    match action {
        Action::Wrote => eprintln!("{:>10} {file}", "wrote"),
        Action::Replaced => eprintln!("{:>10} {file}", "replaced"),
        Action::Unchanged => eprintln!("{:>10} {file}", "unchanged"),
        Action::Added(lines) => eprintln!(
            "{:>10} {file} (added {})",
            "updated",
            lines
                .iter()
                .map(|l| format!("`{l}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Action::LeftAlone(why) => eprintln!("{:>10} {file}: {why}", "left alone"),
    }
}
