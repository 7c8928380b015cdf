//! Any bytes as a letterhead logo, checked as each format a file name may give it: the check
//! gives a verdict, never a panic, within bounded memory; bytes it accepts then decode in typst
//! (as the typesetter would) without a panic and within the limits' memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use noticegen::logo::{self, Format};
use typst::foundations::{Bytes, Smart};
use typst::visualize::{ExchangeFormat, RasterImage, SvgImage};

fuzz_target!(|data: &[u8]| {
    for named in Format::ALL {
        if logo::check(data, named).is_err() {
            continue;
        }
        let bytes = Bytes::new(data.to_vec());
        let exchange = match named {
            Format::Svg => {
                let _ = SvgImage::new(bytes);
                continue;
            }
            Format::Png => ExchangeFormat::Png,
            Format::Jpeg => ExchangeFormat::Jpg,
            Format::Gif => ExchangeFormat::Gif,
            Format::Webp => ExchangeFormat::Webp,
        };
        let _ = RasterImage::new(bytes, exchange, Smart::Auto);
    }
    // typst memoizes every decode; a long run must drop what it no longer uses.
    typst::comemo::evict(0);
});
