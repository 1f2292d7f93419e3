//! South Asian (Indian, Pakistani, Bangladeshi, Nepali, Sri Lankan): given name, sometimes a
//! middle name, surname or caste name, in Latin letters.
//!
//! KUMAR and SINGH (for Sikh women KAUR, for many north Indian women DEVI) are real heads, each a
//! few percent; beyond them South Asia counts tens of thousands of surnames by region and
//! community: Marathi place names + -KAR (TENDUL + KAR), Gujarati and Parsi + -WALA, Telugu house
//! names (VALLABHA + NENI, GUNTU + PALLI), Tamil father's names (PALANI + SAMY, MUTHU + KUMAR),
//! Bengali, Punjabi and Pakistani names. Given names are composed as Sanskrit names are (RAJ +
//! ESH, SUR + ENDRA, SUN + ITA; Sikh HAR + PREET, GUR + DEEP) besides a list of common whole
//! names, Hindu and Muslim.

use crate::synthetic::locales::{Compound, Locale, NativeOrder, Script, Shape};

/// South Asian: given name, sometimes a middle name, surname or caste name.
pub const SOUTH_ASIAN: Locale = Locale {
    code: "sa",
    name: "South Asian",
    weight: 6,
    script: Script::Latin,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["IND", "PAK", "BGD", "NPL", "LKA"],
    shape: Shape::Given {
        middle: 0.3,
        second_surname: 0.0,
    },
    male: "RAHUL AMIT RAJESH SANJAY SUNIL ANIL DEEPAK VIKRAM ARJUN ROHAN SURESH RAMESH MAHESH \
        VIJAY AJAY MANOJ ASHOK ARUN KRISHNA VENKATESH PRAKASH RAVI SANDEEP MANISH NITIN GAURAV \
        ABHISHEK HARPREET GURPREET MOHAMMED IMRAN ASIF \
        ADITYA AKASH ALOK AMAN ANAND ANKIT ANUP ASHISH AVINASH BHARAT CHETAN DHRUV DILIP \
        GANESH GOPAL HARISH HEMANT JAGDISH KAPIL KARAN KARTHIK KISHORE LALIT MOHAN MUKESH \
        NAVEEN NIKHIL PANKAJ PRADEEP PRASHANT PRAVEEN RAGHAV RAJIV RAKESH RANJIT ROHIT \
        SACHIN SAURABH SHIVAM SIDDHARTH SUMIT SUNDAR TARUN UDAY VARUN VINAY VINOD VISHAL \
        YOGESH AAMIR ADNAN ARSHAD ASLAM BILAL FAISAL HAMZA JUNAID KAMRAN KASHIF NADEEM \
        NAVEED RIZWAN SAJID SHAHID TARIQ USMAN WAQAS ZUBAIR ANIRBAN ARINDAM DEBASHIS PARTHA \
        SOUMYA SUBRATA ABHIJIT SENTHIL MURUGAN SRINIVAS BALAJI SARAVANAN VENKAT PRABHU \
        BIKASH DIPENDRA",
    female: "PRIYA ANJALI POOJA NEHA KAVYA SUNITA ANITA REKHA LAKSHMI GEETA MEENA SEEMA DIVYA \
        SHWETA SNEHA AARTI NISHA KIRAN SAVITA USHA JYOTI MANPREET SANA AYESHA FATIMA PARVATI \
        RADHA SARASWATI DEEPIKA \
        AARTI ANITA ANKITA ARCHANA ASHA BHAVNA CHITRA DEEPA DIVYA GAYATRI HEMA INDIRA JAYA \
        KAJAL KALPANA KOMAL MADHU MAMTA MANJU MEERA MONIKA NANDINI NEELAM NIRMALA PALLAVI \
        POONAM PREETI PRIYANKA RANI RASHMI RENU RITU SADHANA SANGEETA SAPNA SHALINI SHANTI \
        SHILPA SHOBHA SONIA SUMAN SUSHMA SWATI TANVI URMILA VANDANA VIDYA AMNA ASMA BUSHRA \
        FARAH HINA IQRA MARIA MEHWISH NADIA RABIA SADIA SAIMA SOBIA ZAINAB NASREEN RUKHSANA \
        SHAHNAZ TASLIMA NUSRAT MOUSUMI SOMA PAPIYA LAKSHMI MEENAKSHI REVATHI SANTHOSHI",
    surnames:
        "SINGH|KAUR KUMAR|DEVI SHARMA PATEL KHAN GUPTA VERMA REDDY RAO NAIR IYER MEHTA JOSHI \
        CHOUDHARY AHMED MALIK YADAV JAIN DESAI KAPOOR MISHRA PANDEY SHAH TIWARI DUBEY \
        AGARWAL BANERJEE CHATTERJEE MUKHERJEE DAS BOSE GHOSH PILLAI MENON NAIDU CHAUHAN \
        THAKUR SAXENA SRIVASTAVA BHATT KULKARNI DESHPANDE PATIL GILL SIDHU SANDHU GREWAL \
        HUSSAIN QURESHI SIDDIQUI KUMAR|KUMARI ALI BUTT SHEIKH RAJPUT AWAN ABBASI MIRZA BAIG \
        ANSARI RANA BHATTI CHEEMA GONDAL WARRAICH BAJWA HASHMI ZAIDI RIZVI JAFRI NAQVI KAZMI \
        GILANI SHAIKH CHAKRABORTY BHATTACHARYA GANGULY DUTTA ROY SARKAR MAJUMDAR BISWAS \
        MONDAL PAL SAHA DEY HALDER NANDI KAR SEN MITRA BASU GUHA ISLAM RAHMAN HOSSAIN UDDIN \
        MIAH CHOWDHURY TALUKDAR SHRESTHA THAPA GURUNG TAMANG RAI MAGAR ADHIKARI KARKI POUDEL \
        BHANDARI PERERA FERNANDO SILVA DISSANAYAKE BANDARA JAYASURIYA WICKRAMASINGHE \
        RATHNAYAKE GUNAWARDENA MENDIS AGRAWAL GOYAL BANSAL MITTAL GARG SINGHAL JINDAL KHANNA \
        MALHOTRA ARORA CHOPRA SETHI BHATIA KOHLI AHUJA TANDON MEHRA SABHARWAL KHURANA \
        DHILLON BRAR MANN SIDHU VIRK RANDHAWA SOLANKI PARMAR RATHOD CHAVAN JADHAV PAWAR \
        SHINDE GAIKWAD KADAM MORE SALUNKHE NAIK HEGDE SHETTY KAMATH PAI PRABHU BHAT SHENOY \
        GOWDA MURTHY HEBBAR ACHARYA NAMBIAR KURUP PANICKER VARGHESE THOMAS JOSEPH MATHEW \
        KURIAN CHERIAN ABRAHAM GEORGE",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    surname_compounds: &[
        Compound {
            share: 0.09,
            skew: 0.45,
            parts: &[
                "TENDUL GAVAS MANGESH AGAR AJGAON BOR HARDI JAVADE KARMAR KHANOL KHAR PAL SAVAR \
                VENGSAR WADE SHIROD KOLHAT MALVAN PUNE NAGPUR SOLAPUR KOLHAPUR SATAR BELGAON \
                RATNAGIRI DHAR KHADI NADKARNI GAON DANDE WAGH",
                "KAR",
            ],
        },
        Compound {
            share: 0.045,
            skew: 0.45,
            parts: &[
                "DARU BATLI BOOT SODA POONA BOMBAY CHAI PAAN LAKDA TAMBA SURTI KANGA MOTI NARIEL",
                "WALA",
            ],
        },
        Compound {
            share: 0.09,
            skew: 0.45,
            parts: &[
                "VALLABHA KOMMI BOLLI CHIGURU GUNTU KOTA MANDA NALLA PENU RAVU SURYA TADI VEMU \
                YARLA ADDA CHALA DEVA GORANT KANCHA MADDI MUPPA PONNA KONI NANDA GALLA KOTTA",
                "NENI PALLI PUDI GADDA MURI LA BOINA PATI VARAPU DELA",
            ],
        },
        Compound {
            share: 0.12,
            skew: 0.5,
            parts: &[
                "RAMA PALANI GOVINDA KANDA MUTHU CHINNA PERIYA VELU SIVA BALA RAVI SUNDARA THANGA \
                DURAI ANNA MANI SELVA RAJA KRISHNA SUBRA ARUMUGA KARUPPA",
                "SAMY CHANDRAN KUMAR RAJAN MURTHY LINGAM SWAMY NATHAN MANI VELU DURAI PANDIAN \
                MURUGAN",
            ],
        },
        Compound {
            share: 0.09,
            skew: 0.35,
            parts: &[
                "VALLABHA KOMMI BOLLI CHIGURU GUNTU KOTA MANDA NALLA PENU RAVU SURYA TADI VEMU \
                YARLA ADDA CHALA DEVA GORANT KANCHA MADDI MUPPA PONNA KONI NANDA GALLA KOTTA \
                ANNA BOMMA CHINTA DASARI GADDE JAGARLA KAKANI KODALI LANKA MAGANTI NADENDLA \
                PALLE RAYAPATI SAMMETA TUMMALA UPPALA VEERA YALAMANCHI ALLURI BATTULA CHERUKU \
                DHULIPALA GORREPATI INDUKURI JONNALA",
                "NENI PALLI PUDI GADDA MURI LA BOINA PATI VARAPU DELA VALASA REDDY KONDA",
            ],
        },
        Compound {
            share: 0.075,
            skew: 0.35,
            parts: &[
                "AGAR AJGAON BOR HARDI JAVADE KARMAR KHANOL KHAR PAL SAVAR VENGSAR WADE SHIROD \
                KOLHAT MALVAN PUNE NAGPUR SOLAPUR KOLHAPUR SATAR BELGAON RATNAGIRI DHAR KHADI \
                GAON DANDE WAGH AMBE BHOS CHIPLUN DAPOL GHOL HINGNE JUNNAR KALYAN LONAV MAHAB \
                NASHIK OTUR PANVEL RAJAPUR SANGAM THANE URAN VASAI WAI YEOL ALIB BARSHI DEVGAD",
                "KAR",
            ],
        },
        Compound {
            share: 0.05,
            skew: 0.4,
            parts: &[
                "ADV BHAGN LALW MIRCHAND HIRANAND KRIPAL MANSUKH TEKCHAND GIDW CHAND MOTW JETH \
                THADH ASW MEGH VASW BUL LAKH HARCH RAMCH GURN KEWAL SAVL DARY TOLW BHAMB CHUGH \
                DAD BIJL ISR JAGT KALW MAKHIJ NIHAL PARSR ROHR SADHW TAHILR UTT",
                "ANI WANI",
            ],
        },
        Compound {
            share: 0.04,
            skew: 0.4,
            parts: &[
                "YOUSAF ISA MOHAMMAD AHMAD ALI ACHAK BARAK POPAL NOOR KAM SULTAN HASSAN OMAR MUSA \
                IBRAHIM JAMAL SAFI DAUD MALIK KHAN TARAKI",
                "ZAI",
            ],
        },
        Compound {
            share: 0.05,
            skew: 0.4,
            parts: &[
                "SALAH NASIR MOIN ZIA KAMAL JALAL SIRAJ SHAMS NUR FAKHR QAMAR ALA BADR HUSAM IMAD \
                JAMAL KHAIR MUHI NAJM RAFI SADR SAIF SHIHAB TAJ WAHID ZAHIR ZAIN AMIN AZIZ \
                BASHIR FAIZ HAFIZ HAMID KARIM MAJID RAHIM RASHID SHARIF",
                "UDDIN ULLAH UDDIN",
            ],
        },
    ],
    male_compounds: &[
        Compound {
            share: 0.18,
            skew: 0.5,
            parts: &[
                "RAJ RAM SUR MAH NAR DIN GAN HAR PAR DEV JIT VIR SUD BHUP YOG NAG UM RAK MUK NIL \
                SHAIL KAML DHARM GYAN HIM KAM NIT SARV BRIJ JAG ALP DURG",
                "ESH",
            ],
        },
        Compound {
            share: 0.08,
            skew: 0.5,
            parts: &[
                "RAJ SUR MAH NAR DEV JIT VIR BHUP YOG NAG HAR GUR JAT KUL BAL SUKH RAV SAT",
                "ENDRA INDER INDRA",
            ],
        },
        Compound {
            share: 0.07,
            skew: 0.5,
            parts: &[
                "HAR GUR JAS MAN SUKH BAL KUL RAJ PARAM NAV AMAN TEJ INDER",
                "PREET JEET DEEP VINDER MEET PAL BIR WANT JIT",
            ],
        },
        Compound {
            share: 0.06,
            skew: 0.5,
            parts: &[
                "RAMA PALANI GOVINDA KANDA MUTHU CHINNA PERIYA VELU SIVA BALA RAVI SUNDARA THANGA \
                DURAI ANNA MANI SELVA RAJA KRISHNA SUBRA",
                "SAMY CHANDRAN KUMAR RAJAN MURTHY LINGAM SWAMY NATHAN MANI VELU DURAI PANDIAN \
                MURUGAN RAJ",
            ],
        },
        Compound {
            share: 0.08,
            skew: 0.35,
            parts: &[
                "ABHI ANU ARU DHARM HARI JAI KRISH MANO NAVA PRAB RAVI SHASHI SUBH VIJAY YASH \
                AMAR DEEP GYAN HEM INDRA KAMAL LOK MADHU NIR OM PRIT RAM SHIV TEJ UDAY VIKRAM",
                "NATH KANT PRAKASH KUMAR DEV PAL RAJ VEER SHANKAR MOHAN CHAND LAL PRASAD",
            ],
        },
        Compound {
            share: 0.05,
            skew: 0.4,
            parts: &[
                "SALAH NASIR MOIN ZIA KAMAL JALAL SIRAJ SHAMS NUR FAKHR QAMAR ALA BADR HUSAM IMAD \
                JAMAL KHAIR MUHI NAJM RAFI SADR SAIF SHIHAB TAJ WAHID ZAHIR ZAIN AMIN AZIZ \
                BASHIR FAIZ HAFIZ HAMID KARIM MAJID RAHIM RASHID SHARIF",
                "UDDIN ULLAH",
            ],
        },
    ],
    female_compounds: &[
        Compound {
            share: 0.12,
            skew: 0.5,
            parts: &[
                "SUN AN KAV SAV NAM LAL AMR VIN SAR PUN BAB SANG ANK ARP SM NIK ROH SUSM",
                "ITA",
            ],
        },
        Compound {
            share: 0.06,
            skew: 0.5,
            parts: &[
                "HAR GUR JAS MAN AMAN NAV RAJ SIM KIRAN PARAM",
                "PREET DEEP JEET",
            ],
        },
        Compound {
            share: 0.05,
            skew: 0.5,
            parts: &["SNEH PREM HEM SWARN PUSHP CHAND MADHU KUSUM", "LATA"],
        },
    ],
    particle_share: 0.0,
    spellings: "CHOUDHARY,CHAUDHARY,CHOWDHURY,CHAUDHRY,CHOUDHURY AGARWAL,AGGARWAL,AGRAWAL \
        SRIVASTAVA,SRIVASTAV,SHRIVASTAVA BANERJEE,BANERJI CHATTERJEE,CHATTERJI \
        MUKHERJEE,MUKHERJI IYER,AIYAR PILLAI,PILLAY MOHAMMED,MOHAMMAD,MUHAMMAD,MOHD \
        AHMED,AHMAD LAKSHMI,LAXMI GEETA,GITA SEEMA,SIMA DEEPAK,DIPAK VIJAY,VIJAI AJAY,AJAI \
        PRIYA,PRIA POOJA,PUJA JYOTI,JYOTHI KRISHNA,KRISHAN SHWETA,SWETA AARTI,ARTI,AARTHI \
        GAURAV,GOURAV HUSSAIN,HUSAIN,HOSSAIN QURESHI,QURAISHI,KURESHI SIDDIQUI,SIDDIQI,SIDDIKI \
        KAPOOR,KAPUR",
    given_skew: 0.65,
    surname_skew: 0.6,
};
