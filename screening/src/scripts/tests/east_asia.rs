//! Chinese, Japanese kana, Korean and Thai names with the spellings their passports carry.

use super::{first_readings, some_readings, texts};
use crate::scripts::MAX_READINGS;

#[test]
fn chinese_names() {
    first_readings(&[
        ("王小明", "WANG XIAOMING"),
        ("张伟", "ZHANG WEI"),
        ("張偉", "ZHANG WEI"),
        ("李娜", "LI NA"),
        ("刘洋", "LIU YANG"),
        ("陈静", "CHEN JING"),
        ("杨帆", "YANG FAN"),
        ("黄磊", "HUANG LEI"),
        ("赵敏", "ZHAO MIN"),
        ("周杰伦", "ZHOU JIELUN"),
        ("习近平", "XI JINPING"),
        ("毛泽东", "MAO ZEDONG"),
        ("曾国藩", "ZENG GUOFAN"),
        ("单田芳", "SHAN TIANFANG"),
        ("解缙", "XIE JIN"),
        ("区丽华", "OU LIHUA"),
        ("仇英", "QIU YING"),
        ("朴树", "PIAO SHU"),
        ("欧阳修", "OUYANG XIU"),
        ("諸葛亮", "ZHUGE LIANG"),
        ("司马光", "SIMA GUANG"),
        ("吕布", "LYU BU"),
        ("王 小明", "WANG XIAOMING"),
        ("林", "LIN"),
    ]);
    some_readings(&[
        ("王小明", "WANG XIAO MING"),
        ("毛澤東", "MAO ZE DONG"),
        ("吕布", "LU BU"),
        ("乐嘉", "LE JIA"),
    ]);
}

#[test]
fn chinese_readings_are_joined_then_apart() {
    assert_eq!(texts("王小明"), ["WANG XIAOMING", "WANG XIAO MING"]);
    assert_eq!(texts("李伟"), ["LI WEI"]);
}

#[test]
fn kanji_with_kana_has_no_reading() {
    assert!(texts("田中はなこ").is_empty());
    assert!(texts("田中 はなこ").is_empty());
    // Kanji alone read as Chinese (documented).
    assert_eq!(texts("田中")[0], "TIAN ZHONG");
}

#[test]
fn japanese_kana_names() {
    first_readings(&[
        ("とうきょう", "TOKYO"),
        ("おおの", "ONO"),
        ("さとう", "SATO"),
        ("すずき", "SUZUKI"),
        ("たかはし", "TAKAHASHI"),
        ("たなか はなこ", "TANAKA HANAKO"),
        ("いとう", "ITO"),
        ("わたなべ", "WATANABE"),
        ("やまもと", "YAMAMOTO"),
        ("なかむら", "NAKAMURA"),
        ("こばやし", "KOBAYASHI"),
        ("かとう", "KATO"),
        ("いのうえ", "INOUE"),
        ("しょうた", "SHOTA"),
        ("ゆうこ", "YUKO"),
        ("じゅんぺい", "JUMPEI"),
        ("なんば", "NAMBA"),
        ("ほんま", "HOMMA"),
        ("しんいち", "SHINICHI"),
        ("りゅういち", "RYUICHI"),
        ("きょうこ", "KYOKO"),
        ("はっとり", "HATTORI"),
        ("きっちょう", "KITCHO"),
        ("けいこ", "KEIKO"),
        ("ちづる", "CHIZURU"),
        ("ふじい", "FUJII"),
        ("ヨーコ", "YOKO"),
        ("サトウ", "SATO"),
        ("ジョージ", "JOJI"),
        ("ティファニー", "TIFANI"),
        ("ﾀﾅｶ", "TANAKA"),
    ]);
    assert_eq!(texts("おおの"), ["ONO", "OHNO", "OONO"]);
    assert_eq!(texts("とうきょう"), ["TOKYO", "TOHKYOH", "TOUKYOU"]);
    some_readings(&[
        ("さとう", "SATOH"),
        ("じゅんぺい", "JUNPEI"),
        ("ゆうこ", "YUUKO"),
    ]);
}

#[test]
fn korean_names() {
    first_readings(&[
        ("김민준", "KIM MINJUN"),
        ("이서연", "LEE SEOYEON"),
        ("박지훈", "PARK JIHUN"),
        ("최수빈", "CHOI SUBIN"),
        ("정하은", "JUNG HAEUN"),
        ("강동원", "KANG DONGWON"),
        ("조민호", "CHO MINHO"),
        ("윤서준", "YOON SEOJUN"),
        ("장나라", "JANG NARA"),
        ("임지은", "LIM JIEUN"),
        ("한지민", "HAN JIMIN"),
        ("오세훈", "OH SEHUN"),
        ("신동엽", "SHIN DONGYEOP"),
        ("권상우", "KWON SANGU"),
        ("안정환", "AHN JEONGHWAN"),
        ("류현진", "RYU HYEONJIN"),
        ("문재인", "MOON JAEIN"),
        ("손흥민", "SON HEUNGMIN"),
        ("남궁민", "NAMGOONG MIN"),
        ("황보관", "HWANGBO GWAN"),
        ("김 민준", "KIM MINJUN"),
        ("김구", "KIM GU"),
        ("김", "KIM"),
    ]);
    some_readings(&[
        ("이영희", "LEE YOUNGHEE"),
        ("이영희", "YI YEONGHUI"),
        ("김민준", "KIM MINJOON"),
        ("김민준", "GIM MINJUN"),
        ("민준", "MINJUN"),
        ("박정희", "PARK JUNGHEE"),
        ("정경화", "CHUNG KYUNGHWA"),
        ("권상우", "KWON SANGWOO"),
        ("류현진", "RYU HYUNJIN"),
        ("석", "SUK"),
    ]);
}

#[test]
fn korean_readings_are_capped() {
    let all = texts("이영희");
    assert!(all.len() <= MAX_READINGS);
    assert_eq!(all[0], "LEE YEONGHUI");
}

#[test]
fn thai_names() {
    first_readings(&[
        ("สมชาย", "SOMCHAI"),
        ("สมศักดิ์", "SOMSAK"),
        ("ประเสริฐ", "PRASOET"),
        ("วงศ์", "WONG"),
        ("ศรี", "SI"),
        ("สุวรรณ", "SUWAN"),
        ("สุวรรณา", "SUWANNA"),
        ("สมพร", "SOMPHON"),
        ("ทองดี", "THONGDI"),
        ("ใจดี", "CHAIDI"),
        ("สมหญิง", "SOMYING"),
        ("ชัยวัฒน์", "CHAIWAT"),
        ("มาลี", "MALI"),
        ("สุดา", "SUDA"),
        ("อรุณ", "ARUN"),
        ("กมล", "KAMON"),
        ("นภา", "NAPHA"),
        ("วิไล", "WILAI"),
        ("บุญมี", "BUNMI"),
        ("แก้ว", "KAEO"),
        ("สุขสวัสดิ์", "SUKSAWAT"),
        ("ศรีสุข", "SISUK"),
        ("รักไทย", "RAKTHAI"),
        ("จันทร์", "CHAN"),
        ("พงษ์", "PHONG"),
        ("สุนทร", "SUNTHON"),
        ("ประยุทธ์", "PRAYUT"),
        ("ทักษิณ", "THAKSIN"),
        ("ยิ่งลักษณ์", "YINGLAK"),
        ("สมบูรณ์", "SOMBUN"),
        ("เพชร", "PHET"),
        ("วงศ์สวัสดิ์", "WONGSAWAT"),
        ("สมชาย ใจดี", "SOMCHAI CHAIDI"),
        ("เลิศ", "LOET"),
        ("สุภาพร", "SUPHAPHON"),
        ("สมเกียรติ", "SOMKIAT"),
        ("ชาติชาย", "CHATCHAI"),
        ("สุชาติ", "SUCHAT"),
        ("สมบัติ", "SOMBAT"),
        ("เฉลิม", "CHALOEM"),
        ("เจริญ", "CHAROEN"),
        ("เกษม", "KASEM"),
        ("เสถียร", "SATHIAN"),
        ("ทรง", "SONG"),
        ("เวชชาชีวะ", "WETCHACHIWA"),
        ("อภิสิทธิ์", "APHISIT"),
        ("ชวน หลีกภัย", "CHUAN LIKPHAI"),
        ("นงลักษณ์", "NONGLAK"),
        ("สมัย", "SAMAI"),
        ("เพลง", "PHLENG"),
        ("เหลือง", "LUEANG"),
    ]);
    some_readings(&[
        ("ประเสริฐ", "PRASERT"),
        ("ศรี", "SRI"),
        ("สมพร", "SOMPORN"),
        ("เลิศ", "LERT"),
        ("พงษ์", "PONG"),
        ("เฉลิม", "CHALERM"),
        ("เจริญ", "CHAROEN"),
        ("พรทิพย์", "PORNTHIP"),
    ]);
}
