//! Vietnamese: surname, middle name, given name.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Vietnamese: surname, middle name, given name.
pub const VIETNAMESE: Locale = Locale {
    code: "vi",
    name: "Vietnamese",
    weight: 4,
    script: Script::Latin,
    native_order: NativeOrder::SurnameFirst(" "),
    nationalities: &["VNM"],
    shape: Shape::Vietnamese,
    male: "ANH MINH HUNG DUNG TUAN HAI NAM LONG QUANG THANH DUC HOANG SON TRUNG KHANH PHONG \
        VIET BINH CUONG DAT HIEU HUY KHOA LAM LUAN NGHIA PHUC QUAN TAI THANG THINH TIEN TOAN \
        TRI VINH",
    female: "ANH LINH HUONG LAN HOA MAI NGOC THAO TRANG HANG THU HA PHUONG YEN NHUNG VY TRAM \
        QUYNH DIEP HIEN HUYEN LY MY NGA NHI OANH THUY TUYET UYEN VAN",
    surnames: "NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU VO DANG BUI DO HO NGO DUONG LY DINH \
        TRINH DAO LAM MAI TRUONG LUONG CAO TA HA VUONG KIEU TONG THAI QUACH LUU",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "NGUYEN,NGUEN HUYNH,HUINH DUONG,DZUONG,DDUONG DANG,DDANG DINH,DDINH DO,DDO \
        DUNG,DDUNG,ZUNG DUC,DDUC DAO,DDAO DAT,DDAT DIEP,DDIEP QUYNH,QUINH",
    given_skew: 0.7,
    surname_skew: 1.3,
};
