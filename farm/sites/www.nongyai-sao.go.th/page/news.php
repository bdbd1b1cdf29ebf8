<!DOCTYPE html>
<html lang="en">

<head>
    <link href="https://use.fontawesome.com/releases/v5.0.13/css/all.css" rel="stylesheet">
    <title>
        ข่าวประชาสัมพันธ์
    </title>
    <meta charset="utf-8">
    <link href="lib/bootstrap/css/bootstrap.min.css" rel="stylesheet">
    <link href="css/style.css" rel="stylesheet">
    </link>
</head>

<body>
    <!DOCTYPE html>
<html lang="en">
<head>
</head>
<body>
 <!--/ Nav Star /-->
  <nav class="navbar navbar-default navbar-trans navbar-expand-lg fixed-top">
    <div class="container">
      <button class="navbar-toggler collapsed" type="button" data-toggle="collapse" data-target="#navbarDefault">
        <span></span><span></span><span></span>
      </button>
      <a class="navbar-brand text-brand" href="../page/index.php">NongYai<span class="color-b">SAO.</span></a>
      <div class="navbar-collapse collapse justify-content-center" id="navbarDefault">
        <ul class="navbar-nav">
          <li class="nav-item"><a class="nav-link active" href="../page/index.php">หน้าแรก</a></li>
          <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">เกี่ยวกับเรา</a>
            <div class="dropdown-menu" aria-labelledby="navbarDropdown">
              <a class="dropdown-item nav-link" href="history.php">ประวัติความเป็นมา</a>
              <a class="dropdown-item nav-link" href="tree.php">ผังองค์กร</a>
              <a class="dropdown-item nav-link" href="executive.php">คณะผู้บริหาร</a>
              <a class="dropdown-item nav-link" href="contact.php">ข้อมูลติดต่อ</a>
            </div>
          </li>
<!--          <li class="nav-item">
            <a class="nav-link" href="..#no">ศูนย์ข้อมูลข่าวสาร</a>
          </li>   -->
          <li class="nav-item"><a class="nav-link" href="news.php">ข่าวสาร</a></li>
          <li class="nav-item"><a class="nav-link" href="eservice.php">E-Service</a></li>
          <li class="nav-item"><a class="nav-link" href="complaint.php">ร้องเรียน</a></li>
            <li class="nav-item dropdown">
                <a class="nav-link dropdown-toggle" href="#" id="navbarDropdown" role="button" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
                    ITA
                </a>
                <div class="dropdown-menu" aria-labelledby="navbarDropdown">
                    <a class="dropdown-item nav-link" href="ITA69.php">ITA ปีงบฯ 2569</a>
                    <a class="dropdown-item nav-link" href="ITA68.php">ITA ปีงบฯ 2568</a>
                </div>
            </li>
<!--            <li class="nav-item">-->
<!--                     <a class="nav-link" href="ITA.php">ITA</a>-->
<!--          </li>-->
        </ul>
      </div>
    </div>
  </nav>
  <!--/ Nav End /-->
</body>
</html>
    <!--/ Intro Single star /-->
    <section class="intro-single">
        <div class="container">
            <div class="row">
                <div class="col-md-12 col-lg-8">
                    <div class="title-single-box">
                        <h2 class="title-single">
                            ข่าวประชาสัมพันธ์
                        </h2>
                    </div>
                </div>
                <div class="col-md-12 col-lg-4">
                    <nav aria-label="breadcrumb" class="breadcrumb-box d-flex justify-content-lg-end">
                        <ol class="breadcrumb">
                            <li class="breadcrumb-item"><a href="index.php">หน้าหลัก</a></li>
                            <li aria-current="page" class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li>
                        </ol>
                    </nav>
                </div>
            </div>
        </div>
    </section>
    <section class="news-single nav-arrow-b">
        <div class="container">
<div class="row"><div class="col-md-12"><ul class="news-list"><li><span class="date">8 เม.ย. 2569</span> ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2569</li><li><span class="date">21 มี.ค. 2569</span> โครงการอบรมป้องกันไฟป่าและหมอกควัน ประจำปีงบประมาณ 2569</li><li><span class="date">2 ก.พ. 2569</span> ประกาศรับสมัครพนักงานจ้างทั่วไป</li><li><span class="date">15 ธ.ค. 2568</span> กิจกรรมวันต่อต้านคอร์รัปชันสากล 2568</li><li><span class="date">30 ส.ค. 2568</span> ประชาสัมพันธ์การฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า</li><li><span class="date">12 มิ.ย. 2568</span> ประกาศรับฟังความคิดเห็นโครงการก่อสร้างถนน คสล.</li><li><span class="date">3 เม.ย. 2568</span> ขอเชิญร่วมงานประเพณีสงกรานต์ 2568</li></ul></div></div>
        </div>
    </section>
    <footer><p>องค์การบริหารส่วนตำบลหนองใหญ่ 12 หมู่ 3 ตำบลหนองใหญ่ อำเภอหนองใหญ่ จังหวัดชลบุรี 20190 โทรศัพท์ 035-000-111 โทรสาร 035-000-112 อีเมล saraban@nongyai-sao.go.th</p></footer>
</body>

</html>
