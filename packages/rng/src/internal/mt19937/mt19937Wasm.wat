(module
  (type (;0;) (func))
  (type (;1;) (func (param i32 i32 i32)))
  (type (;2;) (func (param i32 i32) (result i32)))
  (func $twist (type 0)
    (local $ptr i32) (local $count i32) (local $y v128) (local $t v128)
    i32.const 0
    local.set $ptr
    i32.const 57
    local.set $count
    loop  ;; label = @1
      i32.const 0
      i32.const 0
      v128.load32_zero
      v128.store32_lane offset=2496 0
      local.get $ptr
      v128.load
      v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
      v128.and
      local.get $ptr
      v128.load offset=4
      v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
      v128.and
      v128.or
      local.set $y
      local.get $ptr
      local.get $ptr
      v128.load offset=1588
      local.get $y
      i32.const 1
      i32x4.shr_u
      v128.xor
      local.get $y
      i32.const 31
      i32x4.shl
      i32.const 31
      i32x4.shr_s
      v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df
      v128.and
      v128.xor
      v128.store
      local.get $ptr
      i32.const 16
      i32.add
      local.set $ptr
      local.get $count
      i32.const -1
      i32.add
      local.set $count
      local.get $count
      br_if 0 (;@1;)
    end
    i32.const 4
    local.set $ptr
    i32.const 99
    local.set $count
    loop  ;; label = @1
      local.get $ptr
      v128.load offset=908
      v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
      v128.and
      local.get $ptr
      v128.load offset=912
      v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
      v128.and
      v128.or
      local.set $y
      local.get $ptr
      local.get $ptr
      v128.load
      local.get $y
      i32.const 1
      i32x4.shr_u
      v128.xor
      local.get $y
      i32.const 31
      i32x4.shl
      i32.const 31
      i32x4.shr_s
      v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df
      v128.and
      v128.xor
      v128.store offset=908
      local.get $ptr
      i32.const 16
      i32.add
      local.set $ptr
      local.get $count
      i32.const -1
      i32.add
      local.set $count
      local.get $count
      br_if 0 (;@1;)
    end
    i32.const 0
    local.set $ptr
    i32.const 156
    local.set $count
    loop  ;; label = @1
      local.get $ptr
      v128.load
      local.set $t
      local.get $t
      local.get $t
      i32.const 11
      i32x4.shr_u
      v128.xor
      local.set $t
      local.get $t
      local.get $t
      i32.const 7
      i32x4.shl
      v128.const i32x4 0x9d2c5680 0x9d2c5680 0x9d2c5680 0x9d2c5680
      v128.and
      v128.xor
      local.set $t
      local.get $t
      local.get $t
      i32.const 15
      i32x4.shl
      v128.const i32x4 0xefc60000 0xefc60000 0xefc60000 0xefc60000
      v128.and
      v128.xor
      local.set $t
      local.get $t
      local.get $t
      i32.const 18
      i32x4.shr_u
      v128.xor
      local.set $t
      local.get $ptr
      local.get $t
      v128.store offset=2560
      local.get $ptr
      i32.const 16
      i32.add
      local.set $ptr
      local.get $count
      i32.const -1
      i32.add
      local.set $count
      local.get $count
      br_if 0 (;@1;)
    end)
  (func $doubles (type 1) (param $src i32) (param $dst i32) (param $groups i32)
    (local $even v128) (local $odd v128)
    loop  ;; label = @1
      local.get $src
      v128.load
      local.get $src
      v128.load offset=16
      i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27
      i32.const 5
      i32x4.shr_u
      local.set $even
      local.get $src
      v128.load
      local.get $src
      v128.load offset=16
      i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31
      i32.const 6
      i32x4.shr_u
      local.set $odd
      local.get $dst
      local.get $even
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $odd
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store
      local.get $dst
      local.get $even
      local.get $even
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3e400000 0x00000000 0x3e400000
      f64x2.mul
      local.get $odd
      local.get $odd
      i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15
      f64x2.convert_low_i32x4_s
      v128.const i32x4 0x00000000 0x3ca00000 0x00000000 0x3ca00000
      f64x2.mul
      f64x2.add
      v128.store offset=16
      local.get $src
      i32.const 32
      i32.add
      local.set $src
      local.get $dst
      i32.const 32
      i32.add
      local.set $dst
      local.get $groups
      i32.const -1
      i32.add
      local.set $groups
      local.get $groups
      br_if 0 (;@1;)
    end)
  (func $gauss (type 2) (param $src i32) (param $pairs i32) (result i32)
    (local $j i32) (local $ok i32) (local $k i32) (local $read i32) (local $end i32) (local $x1 f64) (local $x2 f64) (local $r2 f64) (local $log f64) (local $f f64) (local $z f64) (local $invc f64) (local $p f64) (local $r f64) (local $kd f64) (local $w f64) (local $hi f64) (local $lo0 f64) (local $rr f64) (local $rrr f64) (local $y f64) (local $sum f64)
    i32.const 0
    i32.const 0
    i32.store offset=46080
    local.get $src
    local.set $read
    local.get $src
    local.get $pairs
    i32.const 4
    i32.shl
    i32.add
    local.set $end
    loop  ;; label = @1
      block  ;; label = @2
        local.get $read
        f64.load
        f64.const 0x1p+1 (;=2;)
        f64.mul
        f64.const 0x1p+0 (;=1;)
        f64.sub
        local.set $x1
        local.get $read
        f64.load offset=8
        f64.const 0x1p+1 (;=2;)
        f64.mul
        f64.const 0x1p+0 (;=1;)
        f64.sub
        local.set $x2
        local.get $x1
        local.get $x1
        f64.mul
        local.get $x2
        local.get $x2
        f64.mul
        f64.add
        local.tee $r2
        f64.const 0x1p+0 (;=1;)
        f64.ge
        local.get $r2
        f64.const 0x0p+0 (;=0;)
        f64.eq
        i32.or
        br_if 0 (;@2;)
        local.get $r2
        f64.const 0x1.ep-1 (;=0.9375;)
        f64.ge
        if  ;; label = @3
          local.get $r2
          f64.const 0x1p+0 (;=1;)
          f64.sub
          local.set $r
          local.get $r
          local.get $r
          f64.mul
          local.set $rr
          local.get $r
          local.get $rr
          f64.mul
          local.set $rrr
          local.get $r
          f64.const 0x1p+27 (;=1.34218e+08;)
          f64.mul
          local.get $r
          f64.add
          f64.const 0x1p+27 (;=1.34218e+08;)
          local.get $r
          f64.mul
          f64.sub
          local.set $z
          local.get $r
          local.get $z
          f64.sub
          local.set $invc
          local.get $r
          local.get $z
          local.get $z
          f64.mul
          f64.const -0x1p-1 (;=-0.5;)
          f64.mul
          f64.add
          local.set $hi
          local.get $r
          local.get $hi
          f64.sub
          local.get $z
          local.get $z
          f64.mul
          f64.const -0x1p-1 (;=-0.5;)
          f64.mul
          f64.add
          local.set $lo0
          local.get $rrr
          f64.const -0x1.5521375d145cdp-4 (;=-0.0832836;)
          f64.mul
          local.get $rr
          f64.const 0x1.78182f7afd085p-4 (;=0.0918199;)
          f64.mul
          local.get $r
          f64.const -0x1.999eb43b068ffp-4 (;=-0.100005;)
          f64.mul
          f64.const 0x1.c7184282ad6cap-4 (;=0.111107;)
          f64.add
          f64.add
          f64.add
          local.get $rrr
          f64.mul
          local.get $rr
          f64.const -0x1.fffffa4423d65p-4 (;=-0.125;)
          f64.mul
          local.get $r
          f64.const 0x1.24924a344de3p-3 (;=0.142857;)
          f64.mul
          f64.const -0x1.55555556745a7p-3 (;=-0.166667;)
          f64.add
          f64.add
          f64.add
          local.get $rrr
          f64.mul
          local.get $rr
          f64.const 0x1.999999995dd0cp-3 (;=0.2;)
          f64.mul
          local.get $r
          f64.const -0x1.ffffffffffdcbp-3 (;=-0.25;)
          f64.mul
          f64.const 0x1.5555555555577p-2 (;=0.333333;)
          f64.add
          f64.add
          f64.add
          local.set $p
          f64.const -0x1p-1 (;=-0.5;)
          local.get $invc
          f64.mul
          local.get $r
          local.get $z
          f64.add
          f64.mul
          local.get $lo0
          f64.add
          local.set $kd
          local.get $p
          local.get $rrr
          f64.mul
          local.set $w
          local.get $w
          local.get $kd
          f64.add
          local.set $y
          local.get $hi
          local.get $y
          f64.add
          local.set $sum
          local.get $sum
          local.set $log
          local.get $hi
          local.get $sum
          f64.sub
          local.get $y
          f64.add
          f64.abs
          local.get $sum
          i64.reinterpret_f64
          i64.const 32
          i64.shr_u
          i32.wrap_i64
          i32.const 20
          i32.shr_u
          i32.const 2047
          i32.and
          i32.const 53
          i32.sub
          i64.extend_i32_s
          i64.const 52
          i64.shl
          f64.reinterpret_i64
          local.get $w
          f64.abs
          local.get $kd
          f64.abs
          f64.add
          f64.const 0x1p-48 (;=3.55271e-15;)
          f64.mul
          f64.sub
          f64.lt
          local.set $ok
        else
          local.get $r2
          i64.reinterpret_f64
          i64.const 32
          i64.shr_u
          i32.wrap_i64
          i32.const 1072037888
          i32.sub
          local.set $k
          local.get $r2
          i64.reinterpret_f64
          local.get $k
          i32.const 20
          i32.shr_s
          i64.extend_i32_s
          i64.const 52
          i64.shl
          i64.sub
          f64.reinterpret_i64
          local.set $z
          local.get $k
          i32.const 10
          i32.shr_s
          i32.const 1016
          i32.and
          local.tee $ok
          f64.load offset=41984
          local.set $invc
          local.get $ok
          f64.load offset=43008
          local.set $w
          local.get $k
          i32.const 20
          i32.shr_s
          f64.convert_i32_s
          local.set $kd
          local.get $z
          local.get $invc
          f64.mul
          local.set $p
          local.get $p
          f64.const 0x1p+0 (;=1;)
          f64.sub
          local.get $z
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          local.get $z
          f64.sub
          f64.sub
          f64.sub
          local.get $ok
          f64.load offset=45056
          f64.mul
          local.get $p
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          local.get $z
          f64.sub
          f64.sub
          local.get $ok
          f64.load offset=44032
          f64.mul
          f64.sub
          local.get $z
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          local.get $z
          f64.sub
          f64.sub
          f64.sub
          local.get $ok
          f64.load offset=44032
          f64.mul
          f64.sub
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          f64.const 0x1.0000002p+27 (;=1.34218e+08;)
          local.get $z
          f64.mul
          local.get $z
          f64.sub
          f64.sub
          local.get $ok
          f64.load offset=45056
          f64.mul
          f64.sub
          f64.sub
          f64.add
          local.set $r
          local.get $kd
          f64.const 0x1.62e42fefa38p-1 (;=0.693147;)
          f64.mul
          local.get $w
          f64.add
          local.set $w
          local.get $w
          local.get $r
          f64.add
          local.set $hi
          local.get $w
          local.get $hi
          f64.sub
          local.get $r
          f64.add
          local.set $lo0
          local.get $r
          local.get $r
          f64.mul
          local.set $rr
          local.get $r
          local.get $rr
          f64.mul
          local.set $rrr
          local.get $rrr
          local.get $r
          f64.const -0x1.55575e506c89fp-3 (;=-0.166671;)
          f64.mul
          f64.const 0x1.999b324f10111p-3 (;=0.200003;)
          f64.add
          local.get $rr
          f64.mul
          local.get $r
          f64.const -0x1.fffffffeb459p-3 (;=-0.25;)
          f64.mul
          f64.const 0x1.555555551305bp-2 (;=0.333333;)
          f64.add
          f64.add
          f64.mul
          local.get $rr
          f64.const -0x1.0000000000001p-1 (;=-0.5;)
          f64.mul
          local.get $kd
          f64.const 0x1.ef35793c7673p-45 (;=5.49792e-14;)
          f64.mul
          local.get $lo0
          f64.add
          f64.add
          f64.add
          local.set $y
          local.get $hi
          local.get $y
          f64.add
          local.set $sum
          local.get $sum
          local.set $log
          local.get $hi
          local.get $sum
          f64.sub
          local.get $y
          f64.add
          f64.abs
          local.get $sum
          i64.reinterpret_f64
          i64.const 32
          i64.shr_u
          i32.wrap_i64
          i32.const 20
          i32.shr_u
          i32.const 2047
          i32.and
          i32.const 53
          i32.sub
          i64.extend_i32_s
          i64.const 52
          i64.shl
          f64.reinterpret_i64
          f64.const 0x1p-66 (;=1.35525e-20;)
          f64.sub
          f64.lt
          local.set $ok
        end
        local.get $ok
        if  ;; label = @3
          f64.const -0x1p+1 (;=-2;)
          local.get $log
          f64.mul
          local.get $r2
          f64.div
          f64.sqrt
          local.set $f
          local.get $src
          local.get $j
          i32.const 3
          i32.shl
          i32.add
          local.get $f
          local.get $x2
          f64.mul
          f64.store
          local.get $src
          local.get $j
          i32.const 3
          i32.shl
          i32.add
          local.get $f
          local.get $x1
          f64.mul
          f64.store offset=8
        else
          local.get $src
          local.get $j
          i32.const 3
          i32.shl
          i32.add
          local.get $x2
          f64.store
          local.get $src
          local.get $j
          i32.const 3
          i32.shl
          i32.add
          local.get $x1
          f64.store offset=8
          i32.const 0
          i32.load offset=46080
          i32.const 2
          i32.shl
          local.get $j
          i32.store offset=46084
          i32.const 0
          i32.const 0
          i32.load offset=46080
          i32.const 1
          i32.add
          i32.store offset=46080
        end
        local.get $j
        i32.const 2
        i32.add
        local.set $j
      end
      local.get $read
      i32.const 16
      i32.add
      local.tee $read
      local.get $end
      i32.lt_u
      br_if 0 (;@1;)
    end
    local.get $j)
  (memory (;0;) 1)
  (export "memory" (memory 0))
  (export "twist" (func $twist))
  (export "doubles" (func $doubles))
  (export "gauss" (func $gauss)))
