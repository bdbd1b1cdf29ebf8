<!DOCTYPE html>
<html lang="en">

<head>
    <link href="https://use.fontawesome.com/releases/v5.0.13/css/all.css" rel="stylesheet">
    <title>
        ติดต่อเรา
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
                            ติดต่อเรา
                        </h2>
                    </div>
                </div>
                <div class="col-md-12 col-lg-4">
                    <nav aria-label="breadcrumb" class="breadcrumb-box d-flex justify-content-lg-end">
                        <ol class="breadcrumb">
                            <li class="breadcrumb-item"><a href="index.php">หน้าหลัก</a></li>
                            <li aria-current="page" class="breadcrumb-item active">ติดต่อเรา</li>
                        </ol>
                    </nav>
                </div>
            </div>
        </div>
    </section>
    <section class="news-single nav-arrow-b">
        <div class="container">
<div class="row"><div class="col-md-12"><h3>ข้อมูลการติดต่อและช่องทางการสอบถาม</h3><p>องค์การบริหารส่วนตำบลหนองใหญ่<br>ที่อยู่ 12 หมู่ 3 ตำบลหนองใหญ่ อำเภอหนองใหญ่ จังหวัดชลบุรี 20190<br>โทรศัพท์ 035-000-111 โทรสาร 035-000-112<br>E-mail: saraban@nongyai-sao.go.th</p><iframe src="https://www.google.com/maps/place/13.15,101.36/" width="600" height="300" style="border:0"></iframe><p>ช่องทางการสอบถามข้อมูล: LINE Official <a href="https://line.me/R/ti/p/@nongyaisao">@nongyaisao</a> หรือโทรศัพท์ในวันและเวลาราชการ 08.30–16.30 น.</p></div></div>
        </div>
    </section>
    <footer><p>องค์การบริหารส่วนตำบลหนองใหญ่ 12 หมู่ 3 ตำบลหนองใหญ่ อำเภอหนองใหญ่ จังหวัดชลบุรี 20190 โทรศัพท์ 035-000-111 โทรสาร 035-000-112 อีเมล saraban@nongyai-sao.go.th</p></footer>
</body>

</html>
