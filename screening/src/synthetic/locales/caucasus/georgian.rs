//! Georgian: given name, surname (-DZE, -SHVILI, -IA, -ANI).

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Georgian: given name, surname (-DZE, -SHVILI, -IA, -ANI).
pub const GEORGIAN: Locale = Locale {
    code: "ka",
    name: "Georgian",
    weight: 2,
    script: Script::Georgian,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["GEO"],
    shape: Shape::Given {
        middle: 0.0,
        second_surname: 0.0,
    },
    male: "გიორგი დავით ნიკოლოზ ლევან ალექსანდრე ირაკლი ლუკა ზურაბ მიხეილ გოჩა ვახტანგ თამაზ \
        ბექა ნიკა დათო გელა ზაზა ლაშა გიგა ოთარ რევაზ შოთა ავთანდილ მამუკა ვლადიმერ ტარიელ \
        კახა ილია სანდრო თორნიკე",
    female: "ნინო მარიამ თამარ ანა ელენე ნათია ქეთევან სალომე მაია ეკა ლია ნანა მანანა ხათუნა \
        ნატო ლელა თეონა მზია ნუცა ანი ირმა ნესტან ქრისტინე თინათინ სოფიო გვანცა ციალა ლიკა",
    surnames: "ბერიძე კაპანაძე გელაშვილი მაისურაძე გიორგაძე ლომიძე ცერცვაძე ბოლქვაძე ნოზაძე \
        ხარაიშვილი მამულაშვილი ხუციშვილი ნაცვლიშვილი ტაბატაძე ჩხეიძე ქავთარაძე მელაძე \
        კვარაცხელია შენგელია ჯიქია გოგია კაკაბაძე ჭანტურია ბარამიძე დოლიძე ჯაფარიძე ღლონტი \
        მიქელაძე ჩიქოვანი დადიანი ცინცაძე აბაშიძე ლორთქიფანიძე გაბუნია ბეჟანიძე მესხი \
        კობახიძე ჯანელიძე სურმავა ცხადაძე ყიფიანი",
    roots: "ბერი გელა მაისურა ლომი გიორგა კაპანა ხუცი მამულა ნაცვლი ტაბატა მელა ნოზა კაკაბა \
        დოლი ბარამი ჯაფარი მიქელა ბეჟანი კობახი ჯანელი ხარაი გოგი ქავთარა ცერცვა",
    suffixes: "ძე შვილი",
    compose: 0.35,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "",
    given_skew: 0.7,
    surname_skew: 0.7,
};
