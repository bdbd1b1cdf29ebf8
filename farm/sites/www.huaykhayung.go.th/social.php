<!doctype html>
<html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="assets/css/bootstrap.min.css"><link rel="stylesheet" href="assets/fontawesome/css/all.min.css">
<title>Social Network | เทศบาลตำบลห้วยขะยุง</title></head>
<body>
<div class="topbar bg-success text-white"><div class="container d-flex"><span><i class="fas fa-phone"></i> 045-269-100</span><div class="top-social"><a href="https://www.facebook.com/huaykhayung.official"><i class="fab fa-facebook-f"></i></a><a href="https://www.youtube.com/@huaykhayung"><i class="fab fa-youtube"></i></a></div></div></div>
<div class="brand-area container"><a href="index.html"><img src="assets/img/logo.png" height="80"></a> <span class="h3">เทศบาลตำบลห้วยขะยุง</span></div>
<div class="main-bar bg-dark"><div class="container"><ul class="bar-list d-flex list-unstyled">
<li class="bar-item"><a class="bar-link" href="index.html">หน้าแรก</a></li>
<li class="bar-item dropdown"><a class="bar-link dropdown-toggle" href="#" data-toggle="dropdown">เกี่ยวกับเรา</a>
<div class="dropdown-menu"><a class="dropdown-item" href="executive.php">คณะผู้บริหาร</a><a class="dropdown-item" href="about.html">ประวัติ</a></div></li>
<li class="bar-item"><a class="bar-link" href="news.php">ข่าวสาร</a></li>
<li class="bar-item"><a class="bar-link" href="gallery.php">ภาพกิจกรรม</a></li>
<li class="bar-item"><a class="bar-link" href="contact.php">ติดต่อ</a></li></ul></div></div>
<div class="container py-4">
<h3>Social Network</h3><p><a href="https://www.facebook.com/huaykhayung.official">Facebook เทศบาลตำบลห้วยขะยุง</a></p><p><a href="https://line.me/R/ti/p/@huaykhayung">LINE Official Account</a></p>
</div>
<footer class="site-foot bg-dark text-light"><div class="container"><p>เทศบาลตำบลห้วยขะยุง หมู่ที่ 1 ตำบลห้วยขะยุง อำเภอวารินชำราบ จังหวัดอุบลราชธานี 34310</p><p>โทรศัพท์ 045-269-100 โทรสาร 045-269-101 อีเมล: saraban@huaykhayung.go.th</p><p>&copy; 2566 เทศบาลตำบลห้วยขะยุง</p></div></footer>
<script src="assets/js/jquery.min.js"></script><script src="assets/js/bootstrap.bundle.min.js"></script>
</body></html>